namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// A precomputed reference voice (a persona's samples), small enough to store as JSON with the persona.
/// Build it with <see cref="VoiceMatcher.BuildProfile"/>; match drafts against it with <see cref="VoiceMatcher.Match(VoiceProfile, string)"/>.
/// </summary>
/// <param name="FormatVersion">Layout version of this record.</param>
/// <param name="NormsId">Identifies the background norms (word list) the word rates were taken for.</param>
/// <param name="Words">Words in the reference texts.</param>
/// <param name="Texts">Number of non-empty reference texts.</param>
/// <param name="WordRates">
/// Per 1,000 words, for the most-frequent words and function-word pairs ("of the") of the norms (not listed: 0).
/// </param>
/// <param name="CharNGrams">
/// Relative frequency among n-grams of the same order, for the character n-grams of the norms (not listed: 0).
/// </param>
/// <param name="PunctuationRates">Per 1,000 words, keyed by <see cref="PunctuationFeatures.Key"/>.</param>
/// <param name="Sentences">Sentence-length statistics (words per sentence).</param>
public sealed record VoiceProfile(
    int FormatVersion,
    string NormsId,
    int Words,
    int Texts,
    IReadOnlyDictionary<string, double> WordRates,
    IReadOnlyDictionary<string, double> CharNGrams,
    IReadOnlyDictionary<string, double> PunctuationRates,
    SentenceLengthStats Sentences)
{
    /// <summary>
    /// The current <see cref="FormatVersion"/>: 2 stores only non-zero rates, n-grams of orders 2–5; 3 adds
    /// function-word pairs to <see cref="WordRates"/> (a format-2 profile lacks them, and its other norms id marks them
    /// unknown, so it is rebuilt rather than read as "never says 'of the'").
    /// </summary>
    public const int CurrentFormatVersion = 3;

    /// <summary>The first format whose n-gram rates are per order (format 1 mixed 3- and 4-gram rates).</summary>
    public const int FirstPerOrderNGramFormat = 2;
}

/// <summary>Words per sentence: how many sentences, their mean and standard deviation.</summary>
public sealed record SentenceLengthStats(int Count, double Mean, double StdDev)
{
    internal static SentenceLengthStats From(StyleCounts counts)
    {
        if (counts.Sentences == 0)
        {
            return new SentenceLengthStats(0, 0, 0);
        }

        var mean = counts.SentenceWordSum / counts.Sentences;
        var variance = Math.Max(0, (counts.SentenceWordSquares / counts.Sentences) - (mean * mean));
        return new SentenceLengthStats(counts.Sentences, mean, Math.Sqrt(variance));
    }
}

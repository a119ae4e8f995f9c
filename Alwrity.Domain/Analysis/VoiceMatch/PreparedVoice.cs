using System.Runtime.CompilerServices;

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// A voice in the arrays the distances need, aligned with the norms: word rates and z-scores (NaN rate when a
/// stored profile lacks the word), punctuation rates and z-scores of their square roots, sentence statistics,
/// and character n-grams (the top profile for a reference; all counts for a candidate).
/// </summary>
internal sealed class PreparedVoice
{
    /// <summary>Punctuation norms are on a square-root scale; a tiny spread (no emoji in old speeches) is floored.</summary>
    public const double PunctuationStdFloor = 0.5;

    private static readonly ConditionalWeakTable<VoiceProfile, PreparedVoice> Cache = [];

    public required int Words { get; init; }

    public required double[] WordRates { get; init; }

    public required double[] WordZ { get; init; }

    public required double[] PunctuationRates { get; init; }

    public required double[] PunctuationZ { get; init; }

    public required SentenceLengthStats Sentences { get; init; }

    public ulong[] NGramKeys { get; init; } = [];

    public double[] NGramFrequencies { get; init; } = [];

    public NGramTable? NGramCounts { get; init; }

    public long NGramTotal { get; init; }

    /// <summary>The prepared form of a stored profile, computed once per profile instance.</summary>
    public static PreparedVoice ForReference(VoiceProfile profile, VoiceNorms norms) =>
        Cache.GetValue(profile, p => FromProfile(p, norms));

    public static PreparedVoice ForCandidate(StyleCounts counts, VoiceNorms norms)
    {
        var perThousand = 1000.0 / Math.Max(counts.WordCount, 1);
        var rates = new double[norms.Words.Count];
        for (var i = 0; i < rates.Length; i++)
        {
            rates[i] = counts.WordCountOf(norms.Words[i].Word) * perThousand;
        }

        var punctuation = new double[PunctuationFeatures.Count];
        for (var k = 0; k < punctuation.Length; k++)
        {
            punctuation[k] = counts.Punctuation[k] * perThousand;
        }

        return new PreparedVoice
        {
            Words = counts.WordCount,
            WordRates = rates,
            WordZ = WordZScores(rates, norms),
            PunctuationRates = punctuation,
            PunctuationZ = PunctuationZScores(punctuation, norms),
            Sentences = SentenceLengthStats.From(counts),
            NGramCounts = counts.NGrams,
            NGramTotal = counts.NGramTotal,
        };
    }

    /// <summary>The prepared form of a profile without caching (the norms builder uses its own norms).</summary>
    public static PreparedVoice FromProfile(VoiceProfile profile, VoiceNorms norms)
    {
        var rates = new double[norms.Words.Count];
        for (var i = 0; i < rates.Length; i++)
        {
            rates[i] = profile.WordRates.TryGetValue(norms.Words[i].Word, out var rate) ? Finite(rate) : double.NaN;
        }

        var punctuation = new double[PunctuationFeatures.Count];
        for (var k = 0; k < punctuation.Length; k++)
        {
            profile.PunctuationRates.TryGetValue(PunctuationFeatures.Key((PunctuationFeature)k), out var rate);
            punctuation[k] = Finite(rate);
        }

        var keys = new List<ulong>(profile.CharNGrams.Count);
        var frequencies = new List<double>(profile.CharNGrams.Count);
        foreach (var (text, frequency) in profile.CharNGrams)
        {
            if (NGramKey.TryParse(text, out var key))
            {
                keys.Add(key);
                frequencies.Add(Finite(frequency));
            }
        }

        return new PreparedVoice
        {
            Words = Math.Max(profile.Words, 0),
            WordRates = rates,
            WordZ = WordZScores(rates, norms),
            PunctuationRates = punctuation,
            PunctuationZ = PunctuationZScores(punctuation, norms),
            Sentences = profile.Sentences ?? new SentenceLengthStats(0, 0, 0),
            NGramKeys = [.. keys],
            NGramFrequencies = [.. frequencies],
        };
    }

    private static double[] WordZScores(double[] rates, VoiceNorms norms)
    {
        var z = new double[rates.Length];
        for (var i = 0; i < z.Length; i++)
        {
            var norm = norms.Words[i];
            z[i] = double.IsNaN(rates[i]) ? 0 : (rates[i] - norm.Mean) / Math.Max(norm.Std, 1e-3);
        }

        return z;
    }

    private static double[] PunctuationZScores(double[] rates, VoiceNorms norms)
    {
        var z = new double[rates.Length];
        for (var k = 0; k < z.Length && k < norms.Punctuation.Count; k++)
        {
            var norm = norms.Punctuation[k];
            z[k] = (Math.Sqrt(rates[k]) - norm.Mean) / Math.Max(norm.Std, PunctuationStdFloor);
        }

        return z;
    }

    private static double Finite(double value) => double.IsFinite(value) && value > 0 ? value : 0;
}

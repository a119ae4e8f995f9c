namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>Turns scanned counts into a storable <see cref="VoiceProfile"/>.</summary>
internal static class VoiceProfileFactory
{
    /// <summary>How many of the reference's most frequent character n-grams the profile keeps.</summary>
    public const int NGramProfileSize = 500;

    public static VoiceProfile Build(StyleCounts counts, VoiceNorms norms, int texts)
    {
        var perThousand = 1000.0 / Math.Max(counts.WordCount, 1);
        var wordRates = new Dictionary<string, double>(norms.Words.Count, StringComparer.Ordinal);
        foreach (var norm in norms.Words)
        {
            wordRates[norm.Word] = counts.WordCountOf(norm.Word) * perThousand;
        }

        var punctuation = new Dictionary<string, double>(PunctuationFeatures.Count, StringComparer.Ordinal);
        for (var k = 0; k < PunctuationFeatures.Count; k++)
        {
            punctuation[PunctuationFeatures.Key((PunctuationFeature)k)] = counts.Punctuation[k] * perThousand;
        }

        var ngrams = new Dictionary<string, double>(NGramProfileSize, StringComparer.Ordinal);
        var total = Math.Max(counts.NGramTotal, 1);
        foreach (var (key, count) in TopNGrams(counts.NGrams, NGramProfileSize))
        {
            ngrams[NGramKey.ToText(key)] = (double)count / total;
        }

        return new VoiceProfile(
            VoiceProfile.CurrentFormatVersion, norms.Id, counts.WordCount, texts,
            wordRates, ngrams, punctuation, SentenceLengthStats.From(counts));
    }

    /// <summary>The <paramref name="size"/> most frequent n-grams, ties broken by key, most frequent first.</summary>
    public static KeyValuePair<ulong, int>[] TopNGrams(NGramTable ngrams, int size)
    {
        var chosen = ngrams.AtLeast(CountThreshold(ngrams, size));
        chosen.Sort(static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
        return [.. chosen.Take(size)];
    }

    /// <summary>The highest count such that at least <paramref name="size"/> n-grams reach it (1 if there are fewer).</summary>
    private static int CountThreshold(NGramTable ngrams, int size)
    {
        if (ngrams.Count <= size)
        {
            return 1;
        }

        var histogram = ngrams.CountHistogram();
        var reached = 0;
        for (var count = histogram.Length - 1; count > 1; count--)
        {
            reached += histogram[count];
            if (reached >= size)
            {
                return count;
            }
        }

        return 1;
    }
}

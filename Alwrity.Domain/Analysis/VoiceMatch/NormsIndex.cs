using System.Runtime.CompilerServices;

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Lookup data derived once per <see cref="VoiceNorms"/> instance: the word features with the pair number of each
/// function-word pair, the packed key of each n-gram feature, and the same keys as a set. Never written after construction, so safe to share between threads.
/// </summary>
internal sealed class NormsIndex
{
    private static readonly ConditionalWeakTable<VoiceNorms, NormsIndex> Cache = [];

    private NormsIndex(VoiceNorms norms)
    {
        NGramKeys = [.. norms.CharNGrams.Select(n => NGramKey.TryParse(n.Feature, out var key) ? key : 0UL)];
        NGramFeatures = new NGramFeatureSet(NGramKeys);
        NGramOrders = [.. NGramKeys.Select(NGramKey.Order)];
        Words = [.. norms.Words.Select(w => w.Word)];
        WordPairs = [.. Words.Select(w => w.Contains(' ', StringComparison.Ordinal) ? FunctionWords.PairOf(w) : NotAPair)];
    }

    private const int NotAPair = int.MinValue;

    /// <summary>The word features of the norms, in order.</summary>
    private string[] Words { get; }

    /// <summary>For each word feature: its function-word pair number (-1 for an unknown pair), or <see cref="NotAPair"/> for a word.</summary>
    private int[] WordPairs { get; }

    /// <summary>
    /// The rate of each word feature per 1,000 words in <paramref name="counts"/> (the same counts as
    /// <see cref="StyleCounts.WordCountOf"/>, with the pair names parsed once per norms instead of per call).
    /// </summary>
    public double[] WordRates(StyleCounts counts)
    {
        var perThousand = 1000.0 / Math.Max(counts.WordCount, 1);
        var rates = new double[Words.Length];
        for (var i = 0; i < rates.Length; i++)
        {
            var pair = WordPairs[i];
            var n = pair == NotAPair
                ? counts.Words.GetValueOrDefault(Words[i])
                : counts.FunctionBigrams.GetValueOrDefault(pair);
            rates[i] = n * perThousand;
        }

        return rates;
    }

    /// <summary>The n-gram features as a set, for the scanner.</summary>
    public NGramFeatureSet NGramFeatures { get; }

    /// <summary>The order (length) of each n-gram feature (0 when the text is not an n-gram).</summary>
    public int[] NGramOrders { get; }

    /// <summary>The rate of each n-gram feature per 1,000 n-grams of its order in <paramref name="counts"/>.</summary>
    public double[] NGramRates(StyleCounts counts)
    {
        var rates = new double[NGramKeys.Length];
        var direct = ReferenceEquals(counts.Features, NGramFeatures);
        for (var i = 0; i < rates.Length; i++)
        {
            if (NGramKeys[i] != 0)
            {
                rates[i] = direct
                    ? counts.FeatureNGrams[i] * 1000.0 / Math.Max(counts.NGramTotals[NGramOrders[i]], 1)
                    : counts.NGramRate(NGramKeys[i]);
            }
        }

        return rates;
    }

    /// <summary>The packed key of each <see cref="VoiceNorms.CharNGrams"/> entry (0 when the text is not an n-gram).</summary>
    public ulong[] NGramKeys { get; }

    public static NormsIndex Of(VoiceNorms norms) => Cache.GetValue(norms, n => new NormsIndex(n));
}

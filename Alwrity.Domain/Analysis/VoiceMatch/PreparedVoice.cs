using System.Runtime.CompilerServices;

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// A voice in the arrays the distances need, aligned with the norms: word rates and z-scores (NaN rate when a
/// stored profile lacks the word), the same for the norms' character n-grams, punctuation rates and z-scores of
/// their square roots, and sentence statistics.
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

    /// <summary>Per 1,000 n-grams, for each n-gram of the norms (NaN when a stored profile lacks it).</summary>
    public required double[] NGramRates { get; init; }

    public required double[] NGramZ { get; init; }

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

        var ngramRates = new double[norms.CharNGrams.Count];
        var ngramScale = 1000.0 / Math.Max(counts.NGramTotal, 1);
        for (var i = 0; i < ngramRates.Length; i++)
        {
            ngramRates[i] = NGramKey.TryParse(norms.CharNGrams[i].Feature, out var key) ? counts.NGrams.Get(key) * ngramScale : 0;
        }

        return new PreparedVoice
        {
            Words = counts.WordCount,
            NGramRates = ngramRates,
            NGramZ = ZScores(ngramRates, norms.CharNGrams),
            WordRates = rates,
            WordZ = WordZScores(rates, norms),
            PunctuationRates = punctuation,
            PunctuationZ = PunctuationZScores(punctuation, norms),
            Sentences = SentenceLengthStats.From(counts),
        };
    }

    /// <summary>The prepared form of a profile without caching (the norms builder uses its own norms).</summary>
    public static PreparedVoice FromProfile(VoiceProfile profile, VoiceNorms norms)
    {
        var rates = new double[norms.Words.Count];
        for (var i = 0; i < rates.Length; i++)
        {
            rates[i] = profile.WordRates?.TryGetValue(norms.Words[i].Word, out var rate) == true ? Finite(rate) : double.NaN;
        }

        var punctuation = new double[PunctuationFeatures.Count];
        for (var k = 0; k < punctuation.Length; k++)
        {
            var rate = 0.0;
            profile.PunctuationRates?.TryGetValue(PunctuationFeatures.Key((PunctuationFeature)k), out rate);
            punctuation[k] = Finite(rate);
        }

        var ngramRates = new double[norms.CharNGrams.Count];
        for (var i = 0; i < ngramRates.Length; i++)
        {
            ngramRates[i] = profile.CharNGrams?.TryGetValue(norms.CharNGrams[i].Feature, out var f) == true ? Finite(f) * 1000 : double.NaN;
        }

        return new PreparedVoice
        {
            Words = Math.Max(profile.Words, 0),
            NGramRates = ngramRates,
            NGramZ = ZScores(ngramRates, norms.CharNGrams),
            WordRates = rates,
            WordZ = WordZScores(rates, norms),
            PunctuationRates = punctuation,
            PunctuationZ = PunctuationZScores(punctuation, norms),
            Sentences = profile.Sentences ?? new SentenceLengthStats(0, 0, 0),
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

    private static double[] ZScores(double[] rates, IReadOnlyList<FeatureNorm> norms)
    {
        var z = new double[rates.Length];
        for (var i = 0; i < z.Length; i++)
        {
            z[i] = double.IsNaN(rates[i]) ? 0 : (rates[i] - norms[i].Mean) / Math.Max(norms[i].Std, 1e-3);
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

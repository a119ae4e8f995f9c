using System.Runtime.CompilerServices;

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// A voice in the arrays the distances need, aligned with the norms: word rates and weighted z-scores (NaN rate
/// when a profile built with other norms lacks the word), the same for the norms' character n-grams, punctuation
/// rates and z-scores of their square roots, and sentence statistics. Word and n-gram z-scores are clipped to
/// ±<see cref="ZScoreLimit"/> (one rare word or n-gram cannot dominate, which matters most when the background
/// is from another genre) and then multiplied by the feature's weight (<see cref="FeatureWeights"/>); last, the
/// norms' nuisance directions are projected out of the word z-scores (<see cref="NuisanceDirections"/>).
/// </summary>
internal sealed class PreparedVoice
{
    /// <summary>Punctuation norms are on a square-root scale; a tiny spread (no emoji in old speeches) is floored.</summary>
    public const double PunctuationStdFloor = 0.5;

    /// <summary>Word and n-gram z-scores are clipped to this magnitude.</summary>
    public const double ZScoreLimit = 2;

    private static readonly ConditionalWeakTable<VoiceProfile, PreparedVoice> Cache = [];

    public required int Words { get; init; }

    public required double[] WordRates { get; init; }

    /// <summary>Weighted word z-scores with the norms' nuisance directions removed (<see cref="NuisanceDirections"/>).</summary>
    public required double[] WordZ { get; init; }

    /// <summary>The same before the nuisance directions were removed.</summary>
    public required double[] UnprojectedWordZ { get; init; }

    /// <summary>The norms' nuisance directions (none for norms older than format 4).</summary>
    public IReadOnlyList<double[]>? Nuisance { get; init; }

    /// <summary>
    /// Some word rates are unknown (NaN: a profile built with other norms); the distances then remove the nuisance
    /// directions within the known words only (<see cref="NuisanceDirections.RemoveWithin"/>).
    /// </summary>
    public bool HasUnknownWords { get; init; }

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
        var rates = NormsIndex.Of(norms).WordRates(counts);

        var punctuation = new double[PunctuationFeatures.Count];
        for (var k = 0; k < punctuation.Length; k++)
        {
            punctuation[k] = counts.Punctuation[k] * perThousand;
        }

        var ngramRates = NormsIndex.Of(norms).NGramRates(counts);
        var wordZ = WeightedZScores(rates, norms.Words);

        return new PreparedVoice
        {
            Words = counts.WordCount,
            NGramRates = ngramRates,
            NGramZ = WeightedZScores(ngramRates, norms.CharNGrams),
            WordRates = rates,
            WordZ = Projected(wordZ, norms),
            UnprojectedWordZ = wordZ,
            Nuisance = norms.Nuisance?.Words,
            PunctuationRates = punctuation,
            PunctuationZ = PunctuationZScores(punctuation, norms),
            Sentences = SentenceLengthStats.From(counts),
        };
    }

    /// <summary>
    /// The prepared form of a profile without caching (the norms builder uses its own norms). A word or n-gram the
    /// profile lacks has rate 0 when the profile was built with these norms (only non-zero rates are stored), and is
    /// unknown (NaN, left out of the distances) when it was built with other norms; so are the n-grams of a format-1
    /// profile, whose rates were shares of all 3- and 4-grams together.
    /// </summary>
    public static PreparedVoice FromProfile(VoiceProfile profile, VoiceNorms norms)
    {
        var absent = profile.NormsId == norms.Id ? 0 : double.NaN;
        var sameNGrams = profile.FormatVersion >= VoiceProfile.FirstPerOrderNGramFormat;
        var rates = new double[norms.Words.Count];
        for (var i = 0; i < rates.Length; i++)
        {
            rates[i] = profile.WordRates?.TryGetValue(norms.Words[i].Word, out var rate) == true ? Finite(rate) : absent;
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
            ngramRates[i] = sameNGrams && profile.CharNGrams?.TryGetValue(norms.CharNGrams[i].Feature, out var f) == true
                ? Finite(f) * 1000
                : sameNGrams ? absent : double.NaN;
        }

        var wordZ = WeightedZScores(rates, norms.Words);
        return new PreparedVoice
        {
            Words = Math.Max(profile.Words, 0),
            NGramRates = ngramRates,
            NGramZ = WeightedZScores(ngramRates, norms.CharNGrams),
            WordRates = rates,
            WordZ = Projected(wordZ, norms),
            UnprojectedWordZ = wordZ,
            Nuisance = norms.Nuisance?.Words,
            HasUnknownWords = Array.Exists(rates, double.IsNaN),
            PunctuationRates = punctuation,
            PunctuationZ = PunctuationZScores(punctuation, norms),
            Sentences = profile.Sentences ?? new SentenceLengthStats(0, 0, 0),
        };
    }

    private static double[] WeightedZScores(double[] rates, IReadOnlyList<WordNorm> norms)
    {
        var z = new double[rates.Length];
        for (var i = 0; i < z.Length; i++)
        {
            var norm = norms[i];
            z[i] = WeightedZ(rates[i], norm.Mean, norm.Std, norm.Weight);
        }

        return z;
    }

    private static double[] Projected(double[] z, VoiceNorms norms)
    {
        var projected = (double[])z.Clone();
        NuisanceDirections.Remove(projected, norms.Nuisance?.Words);
        return projected;
    }

    private static double[] WeightedZScores(double[] rates, IReadOnlyList<FeatureNorm> norms)
    {
        var z = new double[rates.Length];
        for (var i = 0; i < z.Length; i++)
        {
            var norm = norms[i];
            z[i] = WeightedZ(rates[i], norm.Mean, norm.Std, norm.Weight);
        }

        return z;
    }

    private static double WeightedZ(double rate, double mean, double std, double weight) =>
        double.IsNaN(rate) ? 0 : Math.Clamp((rate - mean) / Math.Max(std, 1e-3), -ZScoreLimit, ZScoreLimit) * weight;

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

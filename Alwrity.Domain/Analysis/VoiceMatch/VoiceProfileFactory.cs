namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Turns scanned counts into a storable <see cref="VoiceProfile"/>: the non-zero word and n-gram rates of the
/// norms' features, rounded to <see cref="SignificantDigits"/> significant digits (far finer than any style
/// difference, and a stored profile stays small).
/// </summary>
internal static class VoiceProfileFactory
{
    public const int SignificantDigits = 5;

    public static VoiceProfile Build(StyleCounts counts, VoiceNorms norms, int texts)
    {
        var perThousand = 1000.0 / Math.Max(counts.WordCount, 1);
        var wordRates = new Dictionary<string, double>(StringComparer.Ordinal);
        var rates = NormsIndex.Of(norms).WordRates(counts);
        for (var i = 0; i < rates.Length; i++)
        {
            AddNonZero(wordRates, norms.Words[i].Word, rates[i]);
        }

        var punctuation = new Dictionary<string, double>(PunctuationFeatures.Count, StringComparer.Ordinal);
        for (var k = 0; k < PunctuationFeatures.Count; k++)
        {
            punctuation[PunctuationFeatures.Key((PunctuationFeature)k)] = Round(counts.Punctuation[k] * perThousand);
        }

        var ngrams = new Dictionary<string, double>(StringComparer.Ordinal);
        var ngramRates = NormsIndex.Of(norms).NGramRates(counts);
        for (var i = 0; i < ngramRates.Length; i++)
        {
            AddNonZero(ngrams, norms.CharNGrams[i].Feature, ngramRates[i] / 1000);
        }

        return new VoiceProfile(
            VoiceProfile.CurrentFormatVersion, norms.Id, counts.WordCount, texts,
            wordRates, ngrams, punctuation, SentenceLengthStats.From(counts));
    }

    private static void AddNonZero(Dictionary<string, double> rates, string feature, double rate)
    {
        if (rate > 0)
        {
            rates[feature] = Round(rate);
        }
    }

    private static double Round(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return 0;
        }

        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = Math.Clamp(SignificantDigits - 1 - magnitude, 0, 15);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
    }
}

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>Turns scanned counts into a storable <see cref="VoiceProfile"/>.</summary>
internal static class VoiceProfileFactory
{
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

        var ngrams = new Dictionary<string, double>(norms.CharNGrams.Count, StringComparer.Ordinal);
        var total = Math.Max(counts.NGramTotal, 1);
        foreach (var norm in norms.CharNGrams)
        {
            if (NGramKey.TryParse(norm.Feature, out var key))
            {
                ngrams[norm.Feature] = (double)counts.NGrams.Get(key) / total;
            }
        }

        return new VoiceProfile(
            VoiceProfile.CurrentFormatVersion, norms.Id, counts.WordCount, texts,
            wordRates, ngrams, punctuation, SentenceLengthStats.From(counts));
    }
}

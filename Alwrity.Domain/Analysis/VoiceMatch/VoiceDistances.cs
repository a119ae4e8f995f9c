namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Component distances between a reference voice and a candidate: Cosine Delta over z-scored most-frequent-word
/// rates (Smith &amp; Aldridge 2011; Evert et al. 2017), a character n-gram distance over the reference's profile
/// (Kešelj et al. 2003, "CNG", restricted to the reference's n-grams), the RMS difference of z-scored punctuation
/// rates, and the absolute log ratio of mean sentence lengths.
/// </summary>
internal readonly record struct VoiceDistances(
    double CosineDelta,
    double CharNGram,
    double CharNGramCosine,
    double Punctuation,
    double SentenceLength,
    int CandidateWords,
    int ReferenceWords)
{
    public static VoiceDistances Measure(PreparedVoice reference, PreparedVoice candidate) => new(
        CosineDeltaOf(reference, candidate),
        NGramCng(reference, candidate),
        NGramCosine(reference, candidate),
        PunctuationOf(reference, candidate),
        SentenceLengthOf(reference, candidate),
        candidate.Words,
        reference.Words);

    private static double CosineDeltaOf(PreparedVoice reference, PreparedVoice candidate)
    {
        double dot = 0, a = 0, b = 0;
        for (var i = 0; i < reference.WordZ.Length; i++)
        {
            if (double.IsNaN(reference.WordRates[i]))
            {
                continue;
            }

            var x = reference.WordZ[i];
            var y = candidate.WordZ[i];
            dot += x * y;
            a += x * x;
            b += y * y;
        }

        return a > 0 && b > 0 ? 1 - (dot / Math.Sqrt(a * b)) : 1;
    }

    private static double NGramCng(PreparedVoice reference, PreparedVoice candidate)
    {
        if (reference.NGramKeys.Length == 0 || candidate.NGramCounts is null)
        {
            return 4;
        }

        var total = Math.Max(candidate.NGramTotal, 1);
        double sum = 0;
        for (var k = 0; k < reference.NGramKeys.Length; k++)
        {
            var count = candidate.NGramCounts.Get(reference.NGramKeys[k]);
            var f = reference.NGramFrequencies[k];
            var g = (double)count / total;
            var d = 2 * (f - g) / (f + g);
            sum += f + g > 0 ? d * d : 0;
        }

        return sum / reference.NGramKeys.Length;
    }

    private static double NGramCosine(PreparedVoice reference, PreparedVoice candidate)
    {
        if (reference.NGramKeys.Length == 0 || candidate.NGramCounts is null)
        {
            return 1;
        }

        double dot = 0, a = 0, b = 0;
        for (var k = 0; k < reference.NGramKeys.Length; k++)
        {
            var count = candidate.NGramCounts.Get(reference.NGramKeys[k]);
            var f = reference.NGramFrequencies[k];
            dot += f * count;
            a += f * f;
            b += (double)count * count;
        }

        return a > 0 && b > 0 ? 1 - (dot / Math.Sqrt(a * b)) : 1;
    }

    private static double PunctuationOf(PreparedVoice reference, PreparedVoice candidate)
    {
        double sum = 0;
        for (var k = 0; k < reference.PunctuationZ.Length; k++)
        {
            var d = reference.PunctuationZ[k] - candidate.PunctuationZ[k];
            sum += d * d;
        }

        return Math.Sqrt(sum / reference.PunctuationZ.Length);
    }

    private static double SentenceLengthOf(PreparedVoice reference, PreparedVoice candidate) =>
        reference.Sentences.Count == 0 || candidate.Sentences.Count == 0
            ? 0
            : Math.Abs(Math.Log((candidate.Sentences.Mean + 1) / (reference.Sentences.Mean + 1)));

    /// <summary>The value of a named calibration feature.</summary>
    public double Feature(string name) => name switch
    {
        "cosineDelta" => CosineDelta,
        "charNgram" => CharNGram,
        "charNgramCosine" => CharNGramCosine,
        "punctuation" => Punctuation,
        "sentenceLength" => SentenceLength,
        "candidateScale" => Math.Sqrt(1000.0 / Math.Max(CandidateWords, 1)),
        "referenceScale" => Math.Sqrt(1000.0 / Math.Max(ReferenceWords, 1)),
        "cosineDeltaByCandidateScale" => CosineDelta * Math.Sqrt(1000.0 / Math.Max(CandidateWords, 1)),
        "charNgramByCandidateScale" => CharNGram * Math.Sqrt(1000.0 / Math.Max(CandidateWords, 1)),
        _ => 0,
    };
}

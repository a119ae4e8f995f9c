namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Plain-language reasons for a voice match. Each difference (a frequent word, a punctuation mark, sentence
/// length) is ranked by how surprising the draft's count is given the reference's rate — a Poisson-style
/// z-score that accounts for the lengths of both texts — and the 2–5 strongest are worded with their numbers.
/// When fewer than two differences stand out, the closest agreements fill the list. Only function words
/// (<see cref="FunctionWords"/>) are worded: the word distance also counts frequent topic words, but "you never
/// say 'tax'" describes what a draft is about, not how it is written.
/// </summary>
internal static class VoiceExplainer
{
    private const double Notable = 2.0;
    private const int MaxExplanations = 5;
    private const int MaxWordExplanations = 3;

    public static List<string> Explain(PreparedVoice reference, PreparedVoice candidate, VoiceNorms norms)
    {
        var findings = new List<(double Surprise, bool IsWord, Func<string> Text)>();
        for (var i = 0; i < norms.Words.Count; i++)
        {
            var r = reference.WordRates[i];
            var c = candidate.WordRates[i];
            if (!double.IsNaN(r) && Math.Max(r, c) >= 1.0 && FunctionWords.All.Contains(norms.Words[i].Word))
            {
                var surprise = Surprise(r, c, reference.Words, candidate.Words);
                var word = norms.Words[i].Word;
                findings.Add((surprise, true, () => VoiceExplanationText.Word(word, r, c)));
            }
        }

        for (var k = 0; k < PunctuationFeatures.Count; k++)
        {
            var r = reference.PunctuationRates[k];
            var c = candidate.PunctuationRates[k];
            if (Math.Max(r, c) >= 0.5)
            {
                var surprise = Surprise(r, c, reference.Words, candidate.Words);
                var feature = (PunctuationFeature)k;
                findings.Add((surprise, false, () => VoiceExplanationText.Punctuation(feature, r, c)));
            }
        }

        if (SentenceSurprise(reference.Sentences, candidate.Sentences) is { } sentence)
        {
            findings.Add((sentence, false, () => VoiceExplanationText.SentenceLength(reference.Sentences.Mean, candidate.Sentences.Mean)));
        }

        var chosen = findings.Where(f => f.Surprise >= Notable)
            .OrderByDescending(f => f.Surprise)
            .Where(WordQuota())
            .Take(MaxExplanations)
            .Select(f => f.Text())
            .ToList();
        if (chosen.Count < 2)
        {
            chosen.AddRange(Agreements(reference, candidate).Take(2 - chosen.Count));
        }

        return chosen;
    }

    /// <summary>How many standard deviations the draft's count is from what the reference's rate predicts.</summary>
    private static double Surprise(double referenceRate, double candidateRate, int referenceWords, int candidateWords)
    {
        var observed = candidateRate * candidateWords / 1000.0;
        var expected = referenceRate * candidateWords / 1000.0;
        var variance = (expected * (1 + ((double)candidateWords / Math.Max(referenceWords, 1)))) + 1;
        return Math.Abs(observed - expected) / Math.Sqrt(variance);
    }

    private static double? SentenceSurprise(SentenceLengthStats reference, SentenceLengthStats candidate)
    {
        if (reference.Count < 2 || candidate.Count < 1)
        {
            return null;
        }

        var spread = Math.Max(reference.StdDev, 1.0) / Math.Sqrt(candidate.Count);
        return Math.Abs(candidate.Mean - reference.Mean) / spread;
    }

    private static Func<(double Surprise, bool IsWord, Func<string> Text), bool> WordQuota()
    {
        var words = 0;
        return f => !f.IsWord || ++words <= MaxWordExplanations;
    }

    private static IEnumerable<string> Agreements(PreparedVoice reference, PreparedVoice candidate)
    {
        if (reference.Sentences.Count > 0 && candidate.Sentences.Count > 0)
        {
            yield return VoiceExplanationText.SentenceLength(reference.Sentences.Mean, candidate.Sentences.Mean);
        }

        var comma = (int)PunctuationFeature.Comma;
        yield return VoiceExplanationText.Punctuation(PunctuationFeature.Comma, reference.PunctuationRates[comma], candidate.PunctuationRates[comma]);
        yield return VoiceExplanationText.Punctuation(
            PunctuationFeature.Question,
            reference.PunctuationRates[(int)PunctuationFeature.Question],
            candidate.PunctuationRates[(int)PunctuationFeature.Question]);
    }
}

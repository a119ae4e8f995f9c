namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>Picks up to three supporting sentences per trait, in one pass per trait over the sentence records.</summary>
internal static class EvidenceSelector
{
    private const int PerTrait = 3;
    private const int MaxQuoteLength = 400;

    private static readonly (string Trait, SentenceFlags Flag)[] FlagTraits =
    [
        ("questions", SentenceFlags.Question), ("exclamations", SentenceFlags.Exclamation), ("imperatives", SentenceFlags.Imperative),
        ("passiveVoice", SentenceFlags.Passive), ("contractions", SentenceFlags.Contraction), ("fillerWords", SentenceFlags.Filler),
        ("rhetoricalQuestions", SentenceFlags.Rhetorical), ("analogies", SentenceFlags.Analogy), ("storytelling", SentenceFlags.Story),
        ("lists", SentenceFlags.ListItem), ("emDash", SentenceFlags.EmDash), ("ellipsis", SentenceFlags.Ellipsis),
        ("semicolon", SentenceFlags.Semicolon), ("emoji", SentenceFlags.Emoji), ("hashtags", SentenceFlags.Hashtag),
        ("mentions", SentenceFlags.Mention), ("urls", SentenceFlags.Url),
    ];

    public static List<Evidence> Select(FingerprintAccumulator acc, double? medianLength, SentenceFlags dominantPerson,
        IReadOnlyList<GoToCandidate> goToWords, IReadOnlyList<GoToCandidate> goToPhrases)
    {
        var evidence = new List<Evidence>();
        var sentences = acc.Sentences.Span;
        foreach (var (trait, flag) in FlagTraits)
        {
            AddFirst(acc, evidence, trait, sentences, flag);
        }

        if (dominantPerson != SentenceFlags.None)
        {
            AddFirst(acc, evidence, "perspective", sentences, dominantPerson);
        }

        if (medianLength is { } median)
        {
            AddRanked(acc, evidence, "sentenceLength", sentences, s => -Math.Abs(s.Words - median), _ => true);
        }

        AddRanked(acc, evidence, "positiveSentiment", sentences, s => s.Compound, s => s.Compound >= 0.05);
        AddRanked(acc, evidence, "negativeSentiment", sentences, s => -s.Compound, s => s.Compound <= -0.05);
        AddTerms(acc, evidence, "goToWords", goToWords);
        AddTerms(acc, evidence, "goToPhrases", goToPhrases);
        return evidence;
    }

    private static void AddFirst(FingerprintAccumulator acc, List<Evidence> evidence, string trait, ReadOnlySpan<SentenceRecord> sentences, SentenceFlags flag)
    {
        var found = 0;
        for (var i = 0; i < sentences.Length && found < PerTrait; i++)
        {
            if (sentences[i].Has(flag))
            {
                evidence.Add(Quote(acc, trait, sentences[i]));
                found++;
            }
        }
    }

    /// <summary>The best three by <paramref name="score"/> (earliest wins ties), kept in a fixed-size list.</summary>
    private static void AddRanked(FingerprintAccumulator acc, List<Evidence> evidence, string trait, ReadOnlySpan<SentenceRecord> sentences,
        Func<SentenceRecord, double> score, Func<SentenceRecord, bool> eligible)
    {
        var best = new List<(double Score, int Index)>(PerTrait + 1);
        for (var i = 0; i < sentences.Length; i++)
        {
            if (!eligible(sentences[i]))
            {
                continue;
            }

            var value = score(sentences[i]);
            if (best.Count < PerTrait || value > best[^1].Score)
            {
                var at = 0;
                while (at < best.Count && best[at].Score >= value)
                {
                    at++;
                }

                best.Insert(at, (value, i));
                if (best.Count > PerTrait)
                {
                    best.RemoveAt(PerTrait);
                }
            }
        }

        foreach (var (_, index) in best)
        {
            evidence.Add(Quote(acc, trait, sentences[index]));
        }
    }

    /// <summary>The first sentence using each of the top three terms.</summary>
    private static void AddTerms(FingerprintAccumulator acc, List<Evidence> evidence, string trait, IReadOnlyList<GoToCandidate> terms)
    {
        var stream = acc.WordStream.Span;
        foreach (var term in terms.Take(PerTrait))
        {
            if (stream.IndexOf(term.Ids) is var first && first >= 0)
            {
                evidence.Add(Quote(acc, trait, SentenceOfWord(acc.Sentences.Span, first)));
            }
        }
    }

    private static SentenceRecord SentenceOfWord(ReadOnlySpan<SentenceRecord> sentences, int position)
    {
        int lo = 0, hi = sentences.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (sentences[mid].FirstWord <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        while (lo + 1 < sentences.Length && sentences[lo].FirstWord + sentences[lo].WordTokens <= position)
        {
            lo++;
        }

        return sentences[lo];
    }

    private static Evidence Quote(FingerprintAccumulator acc, string trait, SentenceRecord sentence)
    {
        var source = acc.Sources[sentence.Source];
        var length = Math.Min(sentence.Length, MaxQuoteLength);
        if (length < sentence.Length && char.IsHighSurrogate(source.Text[sentence.Start + length - 1]))
        {
            length--;
        }

        return new Evidence(trait, source.Id, sentence.Start, length, source.Text.Substring(sentence.Start, length));
    }
}

using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Metrics;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>Turns accumulated counts into the <see cref="Fingerprint"/> record.</summary>
internal static partial class FingerprintBuilder
{
    public static Fingerprint Build(FingerprintAccumulator acc)
    {
        var readability = acc.Readability;
        var words = readability.Words;
        var sentences = acc.Sentences.Span;
        var lengths = SentenceLengths(sentences);
        var goToWords = GoToTerms.Words(acc.Words, Math.Max(1, words), acc.Words.Catalog.Norms.TotalWords);
        var goToPhrases = GoToTerms.Phrases(acc, Math.Max(1, words));
        var perspective = Perspective(acc.Totals, words);
        var median = Statistics.Percentile(lengths, 50);
        var t = acc.Totals;
        return new Fingerprint
        {
            WordCount = words,
            SentenceCount = sentences.Length,
            ParagraphCount = acc.Paragraphs.Count,
            SentenceLength = new SentenceLengthStats(Statistics.Mean(lengths), median, Statistics.StdDev(lengths),
                Statistics.Percentile(lengths, 10), Statistics.Percentile(lengths, 90), lengths.Length > 0 ? lengths[^1] : null),
            SentenceTypes = SentenceTypes(sentences),
            QuestionRate = Share(sentences, SentenceFlags.Question),
            ExclamationRate = Share(sentences, SentenceFlags.Exclamation),
            PassiveVoiceRate = Share(sentences, SentenceFlags.Passive),
            ParagraphLength = ParagraphLength(acc.Paragraphs.Span),
            Readability = Readability.Score(readability),
            Sentiment = Sentiment(t, sentences.Length),
            Formality = Formality(t.Classes),
            LexicalDiversity = new LexicalDiversity(Mtld.Compute(acc.WordStream.Span, acc.Words.IdCount),
                Statistics.Rate(acc.Words.Distinct, acc.WordStream.Count)),
            AverageWordLength = Statistics.Rate(readability.Letters, words),
            VocabularyLevel = VocabularyLevel(t),
            Vocabulary = new VocabularyProfile(Statistics.Rate(t.OutsideTop2000, t.VocabularyWords), Statistics.Rate(t.OutsideTop5000, t.VocabularyWords)),
            ContractionRate = Statistics.Rate(t.Contractions, words, 100),
            FillerWordRate = Statistics.Rate(t.Fillers, words, 100),
            Perspective = perspective.Profile,
            PunctuationPer1000 = Punctuation(t, words),
            RhetoricalDevices = Rhetoric(acc, t, words),
            FunctionWords = FunctionWordProfile(acc.Words, words),
            GoToWords = goToWords.Select(c => c.Term).ToList(),
            GoToPhrases = goToPhrases.Select(c => c.Term).ToList(),
            EmojiRate = Statistics.Rate(t.Emoji, words, 100),
            HashtagRate = Statistics.Rate(t.Hashtags, words, 100),
            MentionRate = Statistics.Rate(t.Mentions, words, 100),
            UrlRate = Statistics.Rate(t.Urls, words, 100),
            Evidence = EvidenceSelector.Select(acc, median, perspective.Flag, goToWords, goToPhrases),
            Sufficiency = Sufficiency(acc, words, sentences.Length),
        };
    }

    private static int[] SentenceLengths(ReadOnlySpan<SentenceRecord> sentences)
    {
        var lengths = new int[sentences.Length];
        for (var i = 0; i < sentences.Length; i++)
        {
            lengths[i] = sentences[i].Words;
        }

        Array.Sort(lengths);
        return lengths;
    }

    private static double? Share(ReadOnlySpan<SentenceRecord> sentences, SentenceFlags flag)
    {
        var count = 0;
        foreach (var s in sentences)
        {
            count += s.Has(flag) ? 1 : 0;
        }

        return Statistics.Rate(count, sentences.Length);
    }

    private static SentenceTypeMix SentenceTypes(ReadOnlySpan<SentenceRecord> sentences)
    {
        if (sentences.IsEmpty)
        {
            return SentenceTypeMix.Undefined;
        }

        int questions = 0, exclamations = 0, imperatives = 0;
        foreach (var s in sentences)
        {
            if (s.Has(SentenceFlags.Question)) { questions++; }
            else if (s.Has(SentenceFlags.Exclamation)) { exclamations++; }
            else if (s.Has(SentenceFlags.Imperative)) { imperatives++; }
        }

        double n = sentences.Length;
        return new SentenceTypeMix((n - questions - exclamations - imperatives) / n, questions / n, exclamations / n, imperatives / n);
    }

    private static ParagraphLengthStats ParagraphLength(ReadOnlySpan<ParagraphRecord> paragraphs)
    {
        if (paragraphs.IsEmpty)
        {
            return ParagraphLengthStats.Undefined;
        }

        var words = new int[paragraphs.Length];
        var sentences = new int[paragraphs.Length];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            words[i] = paragraphs[i].Words;
            sentences[i] = paragraphs[i].Sentences;
        }

        Array.Sort(words);
        return new ParagraphLengthStats(Statistics.Mean(sentences), Statistics.Mean(words), Statistics.Percentile(words, 50), words[^1]);
    }

    private static SentimentSummary Sentiment(FingerprintTotals t, int sentences)
    {
        if (sentences == 0)
        {
            return SentimentSummary.Undefined;
        }

        var mean = t.CompoundSum / sentences;
        var variance = Math.Max(0, (t.CompoundSquares / sentences) - (mean * mean));
        return new SentimentSummary(mean, t.PositiveSum / sentences, t.NeutralSum / sentences, t.NegativeSum / sentences, Math.Sqrt(variance));
    }
}

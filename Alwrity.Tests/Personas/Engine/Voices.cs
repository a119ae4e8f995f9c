using System.Text.Json.Nodes;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Personas.Generation;
using Alwrity.Domain.Personas.Model;

namespace Alwrity.Tests.Personas.Engine;

/// <summary>Measured voices as the analyzer would report them, for testing the rules built on measurements.</summary>
internal static class Voices
{
    public static VoiceMeasurements PlainSpoken(int words = 3000) => new()
    {
        Words = words, Sentences = words / 9, MeanSentenceLength = 9.5, MedianSentenceLength = 9, P10SentenceLength = 4, P90SentenceLength = 16,
        SentencesPerParagraph = 2, FleschReadingEase = 78, GradeLevel = 5.5, QuestionShare = 0.12, ExclamationShare = 0.01,
        ExclamationsPer1000 = 0.5, EmDashesPer1000 = 0, EllipsesPer1000 = 0, SemicolonsPer1000 = 0, QuestionMarksPer1000 = 13,
        ContractionsPer100 = 3.1, FirstSingularPer100 = 3.5, FirstPluralPer100 = 0.4, SecondPersonPer100 = 2.2, ThirdPersonPer100 = 1.1,
        SentimentMean = 0.21, SentimentSpread = 0.3, Formality = 42, Mtld = 70, GoToWords = ["honestly", "ship"], GoToPhrases = ["small teams"],
    };

    public static VoiceMeasurements Formal(int words = 6000) => new()
    {
        Words = words, Sentences = words / 31, MeanSentenceLength = 31, MedianSentenceLength = 28, P10SentenceLength = 14, P90SentenceLength = 52,
        SentencesPerParagraph = 5, FleschReadingEase = 32, GradeLevel = 17, QuestionShare = 0.01, PassiveShare = 0.2,
        ExclamationsPer1000 = 0, EmDashesPer1000 = 0.6, SemicolonsPer1000 = 6.5, QuestionMarksPer1000 = 0.4,
        ContractionsPer100 = 0, FirstSingularPer100 = 0.2, FirstPluralPer100 = 1.2, SecondPersonPer100 = 0.1, ThirdPersonPer100 = 3,
        SentimentMean = 0.05, SentimentSpread = 0.45, Formality = 68, Mtld = 120, VocabularyLevel = "advanced", GoToWords = ["upon", "government"],
    };

    public static MeasuredInput Input(VoiceMeasurements m, ProfileAnswers? profile = null, int sources = 4)
    {
        var texts = Enumerable.Range(1, sources)
            .Select(i => CollectedText.Create(CollectedKinds.Pasted, $"Sample {i}", null, string.Join(' ', Enumerable.Repeat("word", m.Words / sources))))
            .ToList();
        var evidence = new List<RawEvidence>
        {
            new("sentence-length", texts[0].Id, 0, 10, "Short and plain."),
            new("perspective", texts[0].Id, 11, 12, "I shipped it."),
            new("punctuation", texts[0].Id, 24, 8, "Why not?"),
        };
        return new MeasuredInput(texts, new MeasuredVoice(new JsonObject { ["wordCount"] = m.Words }, m, evidence),
            profile ?? new ProfileAnswers("SaaS", "founders", "grow an audience", ["honesty"], ["synergy"], ["linkedin"]));
    }
}

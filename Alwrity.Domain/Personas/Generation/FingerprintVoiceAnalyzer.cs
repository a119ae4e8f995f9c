using Alwrity.Domain.Analysis;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Personas.Model;

namespace Alwrity.Domain.Personas.Generation;

/// <summary>
/// The Measure stage over Alwrity's analyzer: one fingerprint of all sources, flattened into the figures the
/// persona rules use. The only place persona code reads the fingerprint's layout.
/// </summary>
public sealed class FingerprintVoiceAnalyzer : IVoiceAnalyzer
{
    public MeasuredVoice Analyze(IReadOnlyList<CollectedText> texts)
    {
        var fingerprint = FingerprintAnalyzer.Analyze(texts.Select(t => new SourceText(t.Id, t.Text, t.Title)).ToList());
        var evidence = fingerprint.Evidence.Select(e => new RawEvidence(e.Trait, e.SourceId, e.Start, e.Length, e.Quote)).ToList();
        return new MeasuredVoice(PersonaJson.ToObject(fingerprint), Flatten(fingerprint), evidence);
    }

    public static VoiceMeasurements Flatten(Fingerprint f)
    {
        var p = f.PunctuationPer1000;
        return new VoiceMeasurements
        {
            Words = f.WordCount,
            Sentences = f.SentenceCount,
            MeanSentenceLength = f.SentenceLength.Mean ?? 0,
            MedianSentenceLength = f.SentenceLength.Median ?? 0,
            P10SentenceLength = f.SentenceLength.P10 ?? 0,
            P90SentenceLength = f.SentenceLength.P90 ?? 0,
            SentencesPerParagraph = f.ParagraphLength.MeanSentences ?? 1,
            FleschReadingEase = f.Readability.FleschReadingEase ?? 0,
            GradeLevel = f.Readability.FleschKincaidGrade ?? 0,
            QuestionShare = f.QuestionRate ?? 0,
            ExclamationShare = f.ExclamationRate ?? 0,
            PassiveShare = f.PassiveVoiceRate ?? 0,
            ExclamationsPer1000 = p.Exclamation ?? 0,
            EmDashesPer1000 = p.EmDash ?? 0,
            EllipsesPer1000 = p.Ellipsis ?? 0,
            SemicolonsPer1000 = p.Semicolon ?? 0,
            QuestionMarksPer1000 = p.Question ?? 0,
            EmojiPer1000 = p.Emoji ?? 0,
            HashtagsPer1000 = p.Hashtag ?? 0,
            ContractionsPer100 = f.ContractionRate ?? 0,
            FillersPer100 = f.FillerWordRate ?? 0,
            FirstSingularPer100 = f.Perspective.FirstPersonSingular ?? 0,
            FirstPluralPer100 = f.Perspective.FirstPersonPlural ?? 0,
            SecondPersonPer100 = f.Perspective.SecondPerson ?? 0,
            ThirdPersonPer100 = f.Perspective.ThirdPerson ?? 0,
            SentimentMean = f.Sentiment.Compound ?? 0,
            SentimentSpread = f.Sentiment.Spread ?? 0,
            Formality = f.Formality ?? 50,
            Mtld = f.LexicalDiversity.Mtld ?? 0,
            ListItemsPer1000 = f.WordCount == 0 ? 0 : 1000.0 * f.RhetoricalDevices.ListItems / f.WordCount,
            VocabularyLevel = f.VocabularyLevel,
            GoToWords = f.GoToWords.Select(w => w.Term).ToList(),
            GoToPhrases = f.GoToPhrases.Select(w => w.Term).ToList(),
        };
    }
}

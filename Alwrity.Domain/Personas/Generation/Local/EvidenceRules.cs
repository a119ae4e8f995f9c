using System.Globalization;
using Alwrity.Domain.Personas.Model;

namespace Alwrity.Domain.Personas.Generation.Local;

/// <summary>Turns the analyzer's evidence into persona evidence: what each quote proves, and where it came from.</summary>
internal static class EvidenceRules
{
    public static IReadOnlyList<TraitEvidence> From(MeasuredInput input)
    {
        var titles = input.Sources.DistinctBy(s => s.Id).ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        return input.Voice.Evidence
            .Select(e => new TraitEvidence(e.Trait, Claim(e.Trait, input.Measurements), e.SourceId,
                titles.GetValueOrDefault(e.SourceId, e.SourceId), e.Start, e.Length, e.Quote))
            .ToList();
    }

    public static string Claim(string trait, VoiceMeasurements m)
    {
        var key = trait.Replace("_", "-", StringComparison.Ordinal).ToLowerInvariant();
        return key switch
        {
            "rhetoricalquestions" => "Questions asked for effect, then answered",
            "fillerwords" => F($"Filler words: {m.FillersPer100:0.0} per 100 words"),
            "imperatives" => "Instructions that tell the reader what to do",
            "analogies" => "Comparisons and metaphors (\"like a\", \"as if\")",
            "storytelling" => "Story openings (\"when I\", \"I remember\")",
            "lists" => F($"Lists: {m.ListItemsPer1000:0.0} items per 1,000 words"),
            "emoji" => F($"Emoji: {m.EmojiPer1000:0.0} per 1,000 words"),
            "hashtags" => F($"Hashtags: {m.HashtagsPer1000:0.0} per 1,000 words"),
            "mentions" => "Mentions of people and brands",
            "urls" => "Links in the text",
            "positivesentiment" => F($"Most positive sentences (mean sentiment {m.SentimentMean:+0.00;-0.00})"),
            "negativesentiment" => F($"Most negative sentences (mean sentiment {m.SentimentMean:+0.00;-0.00})"),
            _ when key.Contains("goto", StringComparison.Ordinal) => $"Go-to {(key.Contains("phrase", StringComparison.Ordinal) ? "phrases" : "words")}: {string.Join(", ", (key.Contains("phrase", StringComparison.Ordinal) ? m.GoToPhrases : m.GoToWords).Take(4))}",
            _ when key.Contains("emdash", StringComparison.Ordinal) => F($"{m.EmDashesPer1000:0.0} em dashes per 1,000 words"),
            _ when key.Contains("semicolon", StringComparison.Ordinal) => F($"{m.SemicolonsPer1000:0.0} semicolons per 1,000 words"),
            _ when key.Contains("ellipsis", StringComparison.Ordinal) => F($"{m.EllipsesPer1000:0.0} ellipses per 1,000 words"),
            _ when key.Contains("sentence", StringComparison.Ordinal) => F($"Typical sentence: {m.MedianSentenceLength:0} words (median)"),
            _ when key.Contains("question", StringComparison.Ordinal) => F($"{m.QuestionShare:P0} of sentences are questions"),
            _ when key.Contains("exclam", StringComparison.Ordinal) => F($"{m.ExclamationsPer1000:0.0} exclamation marks per 1,000 words"),
            _ when key.Contains("contraction", StringComparison.Ordinal) => F($"{m.ContractionsPer100:0.0} contractions per 100 words"),
            _ when key.Contains("perspective", StringComparison.Ordinal) || key.Contains("person", StringComparison.Ordinal)
                => $"Mostly written as '{m.DominantPerspective}'",
            _ when key.Contains("sentiment", StringComparison.Ordinal) || key.Contains("tone", StringComparison.Ordinal)
                => F($"Tone: mean sentiment {m.SentimentMean:+0.00;-0.00}"),
            _ when key.Contains("formal", StringComparison.Ordinal) => F($"Formality score {m.Formality:0}"),
            _ when key.Contains("passive", StringComparison.Ordinal) => F($"{m.PassiveShare:P0} of sentences in the passive voice"),
            _ when key.Contains("readab", StringComparison.Ordinal) => F($"Flesch reading ease {m.FleschReadingEase:0}"),
            _ => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(key.Replace("-", " ", StringComparison.Ordinal)),
        };
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

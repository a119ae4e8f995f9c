using Alwrity.Domain.Personas.Model;

namespace Alwrity.Domain.Personas.Generation.Local;

/// <summary>
/// Picks an archetype from measured traits. Each archetype scores how strongly the measurements point at it;
/// the best score wins and its reasons become the identity's <see cref="PersonaIdentity.Basis"/>.
/// </summary>
internal static class ArchetypeRules
{
    internal sealed record Archetype(string Name, string Noun, string BeliefTemplate, double Score, IReadOnlyList<string> Reasons);

    public static Archetype Choose(VoiceMeasurements m)
    {
        var candidates = new[]
        {
            Score("The Storyteller", "storyteller", "{audience} remember stories, not slogans — so every point should come from something that really happened.",
                (m.FirstSingularPer100 / 3.0, $"first-person 'I' at {m.FirstSingularPer100:0.0} per 100 words"),
                (m.PassiveShare < 0.08 ? 0.3 : 0, "mostly active voice")),
            Score("The Coach", "coach", "{audience} can do more than they think; the job is to show them the next practical step.",
                (m.SecondPersonPer100 / 2.5, $"speaks to the reader ('you') {m.SecondPersonPer100:0.0} times per 100 words"),
                (m.QuestionShare * 4, $"{m.QuestionShare:P0} of sentences are questions")),
            Score("The Analyst", "analyst", "Good decisions in {industry} come from evidence, clearly explained.",
                ((m.Formality - 50) / 12.0, $"formality score {m.Formality:0}"),
                ((m.MedianSentenceLength - 16) / 8.0, $"median sentence of {m.MedianSentenceLength:0} words"),
                (m.ContractionsPer100 < 0.5 ? 0.4 : 0, "few contractions")),
            Score("The Community Builder", "community builder", "{industry} is better when people build it together.",
                (m.FirstPluralPer100 / 2.0, $"'we' at {m.FirstPluralPer100:0.0} per 100 words"),
                (Math.Max(0, m.SentimentMean) * 1.5, $"warm tone (mean sentiment {m.SentimentMean:+0.00;-0.00})")),
            Score("The Straight Talker", "straight talker", "{audience} deserve plain answers without the jargon.",
                ((14 - m.MedianSentenceLength) / 5.0, $"short sentences (median {m.MedianSentenceLength:0} words)"),
                (m.ContractionsPer100 / 2.5, $"{m.ContractionsPer100:0.0} contractions per 100 words"),
                ((m.FleschReadingEase - 60) / 25.0, $"easy reading (Flesch {m.FleschReadingEase:0})")),
            Score("The Enthusiast", "enthusiast", "Energy is contagious — share what excites you and {audience} will lean in.",
                (m.ExclamationsPer1000 / 6.0, $"{m.ExclamationsPer1000:0.0} exclamation marks per 1,000 words"),
                (m.EmojiPer1000 / 5.0, $"{m.EmojiPer1000:0.0} emoji per 1,000 words"),
                (Math.Max(0, m.SentimentMean - 0.2) * 2, "strongly positive tone")),
            Score("The Scholar", "scholar", "Ideas in {industry} deserve care, nuance and precise words.",
                ((m.GradeLevel - 12) / 4.0, $"grade level {m.GradeLevel:0.0}"),
                (m.SemicolonsPer1000 / 3.0, $"{m.SemicolonsPer1000:0.0} semicolons per 1,000 words"),
                ((m.Mtld - 80) / 40.0, $"rich vocabulary (MTLD {m.Mtld:0})")),
        };
        return candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Name, StringComparer.Ordinal).First();
    }

    private static Archetype Score(string name, string noun, string belief, params (double Weight, string Reason)[] signals)
    {
        var positive = signals.Where(s => s.Weight > 0.15).OrderByDescending(s => s.Weight).ToList();
        var score = signals.Sum(s => Math.Clamp(s.Weight, -1.5, 2.0));
        return new Archetype(name, noun, belief, score, positive.Select(s => s.Reason).ToList());
    }
}

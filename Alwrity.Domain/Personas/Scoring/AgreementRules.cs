using System.Globalization;
using System.Text.RegularExpressions;
using Alwrity.Domain.Personas.Model;

namespace Alwrity.Domain.Personas.Scoring;

/// <summary>
/// Catches descriptions that contradict the measurements: "short punchy sentences" over a 28-word median,
/// "formal" prose full of contractions, "loves emoji" with none measured. Used to score any description
/// (model-written or user-edited) and to ask a model to repair its answer.
/// </summary>
public static partial class AgreementRules
{
    private sealed record Claim(Regex Pattern, Func<VoiceMeasurements, bool> Contradicts, Func<VoiceMeasurements, string> Why);

    private static readonly Claim[] Claims =
    [
        new(ShortSentences(), m => m.MedianSentenceLength > 20, m => F($"says the sentences are short, but the median is {m.MedianSentenceLength:0} words")),
        new(LongSentences(), m => m.MedianSentenceLength < 12, m => F($"says the sentences are long, but the median is {m.MedianSentenceLength:0} words")),
        new(Formal(), m => m.Formality < 45 && m.ContractionsPer100 > 1.5, m => F($"says formal, but formality is {m.Formality:0} with {m.ContractionsPer100:0.0} contractions per 100 words")),
        new(Casual(), m => m.Formality > 62 && m.ContractionsPer100 < 0.3, m => F($"says casual, but formality is {m.Formality:0} and contractions are almost absent")),
        new(Emoji(), m => m.EmojiPer1000 < 0.2, _ => "mentions emoji, but none were measured"),
        new(Exclaims(), m => m.ExclamationsPer1000 < 0.5, m => F($"says energetic/exclamatory, but there are {m.ExclamationsPer1000:0.0} exclamation marks per 1,000 words")),
        new(Questions(), m => m.QuestionShare < 0.02, m => F($"says the writer asks questions, but only {m.QuestionShare:P0} of sentences are questions")),
        new(Personal(), m => m.FirstSingularPer100 < 0.5, m => F($"says personal/first-person, but 'I' appears {m.FirstSingularPer100:0.0} times per 100 words")),
        new(Positive(), m => m.SentimentMean < -0.05, m => F($"says upbeat/positive, but mean sentiment is {m.SentimentMean:+0.00;-0.00}")),
        new(Simple(), m => m.FleschReadingEase < 40, m => F($"says simple/easy to read, but Flesch reading ease is {m.FleschReadingEase:0}")),
    ];

    /// <summary>Each contradiction found in <paramref name="description"/>, as a sentence naming the measured figure.</summary>
    public static IReadOnlyList<string> Contradictions(string? description, VoiceMeasurements m)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return [];
        }

        return Claims.Where(c => Asserts(c.Pattern, description) && c.Contradicts(m)).Select(c => $"The description {c.Why(m)}.").ToList();
    }

    /// <summary>True when the text makes the claim, not when it denies it ("rarely exclaims", "no emoji").</summary>
    private static bool Asserts(Regex pattern, string text)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var before = text[Math.Max(0, match.Index - 24)..match.Index];
            if (!Negation().IsMatch(before))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>All descriptive text of a core persona, joined for checking.</summary>
    public static string DescriptiveText(CorePersona core) => string.Join(" ",
        new[] { core.Identity.BrandVoiceDescription, core.Identity.CoreBelief, core.TonalRange.DefaultTone, core.TonalRange.EmotionalRange }
            .Concat(core.StylisticConstraints.Do));

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(not|never|rarely|seldom|no|without|avoids?|don't|doesn't|hardly|few|less)\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(short|punchy|concise|brief|terse|crisp)\b[^.]{0,40}\bsentences?\b|\bsentences? (are|is) (short|punchy|concise|brief)", RegexOptions.IgnoreCase)]
    private static partial Regex ShortSentences();

    [GeneratedRegex(@"\b(long|lengthy|elaborate|winding|complex)\b[^.]{0,30}\bsentences?\b", RegexOptions.IgnoreCase)]
    private static partial Regex LongSentences();

    [GeneratedRegex(@"\b(formal|academic|buttoned-up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Formal();

    [GeneratedRegex(@"\b(casual|chatty|informal|laid-back|slangy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Casual();

    [GeneratedRegex(@"\bemoji", RegexOptions.IgnoreCase)]
    private static partial Regex Emoji();

    [GeneratedRegex(@"\b(exclamation|exclaims|high-energy|energetic|excitable)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exclaims();

    [GeneratedRegex(@"\b(asks (the reader )?(many |lots of )?questions|inquisitive|question-led|rhetorical questions)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Questions();

    [GeneratedRegex(@"\b(first[- ]person singular|personal anecdotes?|confessional|speaks from personal experience)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Personal();

    [GeneratedRegex(@"\b(upbeat|cheerful|optimistic|positive|enthusiastic)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"\b(simple|easy to read|plain language|accessible)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Simple();
}

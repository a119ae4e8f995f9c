using System.Globalization;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Personas.Model;

namespace Alwrity.Domain.Personas.Generation.Local;

/// <summary>Punctuation and formatting rules, and the do / don't list, from measured rates.</summary>
internal static class StyleRules
{
    public static StylisticConstraints Derive(VoiceMeasurements m, ProfileAnswers profile)
    {
        var punctuation = new PunctuationRules
        {
            Ellipses = VoiceMeasurements.Frequency(m.EllipsesPer1000),
            EmDash = VoiceMeasurements.Frequency(m.EmDashesPer1000),
            Exclamation = VoiceMeasurements.Frequency(m.ExclamationsPer1000),
            Questions = VoiceMeasurements.Frequency(m.QuestionMarksPer1000),
            Semicolons = VoiceMeasurements.Frequency(m.SemicolonsPer1000),
        };
        var formatting = new FormattingRules
        {
            Paragraphs = m.SentencesPerParagraph switch
            {
                < 1.6 => "one-sentence paragraphs",
                < 3.5 => $"short paragraphs of about {m.SentencesPerParagraph:0.#} sentences",
                _ => $"full paragraphs of about {m.SentencesPerParagraph:0} sentences",
            },
            Lists = m.ListItemsPer1000 >= 3 ? "uses bullet or numbered lists" : "writes in prose rather than lists",
            Emoji = VoiceMeasurements.Frequency(m.EmojiPer1000),
            Hashtags = VoiceMeasurements.Frequency(m.HashtagsPer1000),
            Contractions = m.ContractionsPer100 switch { < 0.3 => "never", < 1.2 => "sometimes", _ => "often" },
        };
        return new StylisticConstraints { Punctuation = punctuation, Formatting = formatting, Do = Dos(m), Dont = Donts(m, profile) };
    }

    private static List<string> Dos(VoiceMeasurements m)
    {
        var low = Math.Max(4, Math.Round(m.P10SentenceLength));
        var high = Math.Max(low + 2, Math.Round(m.P90SentenceLength));
        var dos = new List<string>
        {
            F($"Keep most sentences between {low:0} and {high:0} words (your median is {m.MedianSentenceLength:0})."),
            m.DominantPerspective switch
            {
                "I" => "Write in the first person and draw on your own experience.",
                "we" => "Speak as 'we' — your team, your community.",
                "you" => "Address the reader directly as 'you'.",
                _ => "Keep the focus on the people and things you write about.",
            },
        };
        if (m.ContractionsPer100 >= 1.2)
        {
            dos.Add(F($"Use contractions (you use {m.ContractionsPer100:0.0} per 100 words)."));
        }

        if (m.QuestionShare >= 0.08)
        {
            dos.Add("Ask the reader questions — about one sentence in " + Math.Max(2, (int)Math.Round(1 / m.QuestionShare)) + " is a question for you.");
        }

        if (m.GoToPhrases.Count > 0)
        {
            dos.Add($"Let your own phrases show up, e.g. \"{m.GoToPhrases[0]}\".");
        }

        return dos;
    }

    private static List<string> Donts(VoiceMeasurements m, ProfileAnswers profile)
    {
        var donts = new List<string>();
        if (m.EmDashesPer1000 < 0.05)
        {
            donts.Add("Don't use em dashes — you never do.");
        }

        if (m.ExclamationsPer1000 < 1.5)
        {
            donts.Add(F($"Don't pile on exclamation marks (you use {m.ExclamationsPer1000:0.0} per 1,000 words)."));
        }

        if (m.EmojiPer1000 < 0.5)
        {
            donts.Add("Don't add emoji; your writing has almost none.");
        }

        if (m.ContractionsPer100 < 0.3)
        {
            donts.Add("Don't use contractions (it's, we're); you write them out.");
        }

        if (m.MedianSentenceLength < 15)
        {
            donts.Add("Don't write long, winding sentences.");
        }

        if (profile.AvoidWords.Count > 0)
        {
            donts.Add($"Never use: {string.Join(", ", profile.AvoidWords)}.");
        }

        return donts;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Personas.Model;

namespace Alwrity.Domain.Personas.Generation.Local;

/// <summary>Derives the identity (name, archetype, belief, voice description) from measurements and profile answers.</summary>
internal static class IdentityRules
{
    public static PersonaIdentity Derive(VoiceMeasurements m, ProfileAnswers profile)
    {
        var archetype = ArchetypeRules.Choose(m);
        var qualifier = Qualifier(m);
        var field = string.IsNullOrWhiteSpace(profile.Industry) ? "" : $" {TitleCase(profile.Industry!.Trim())}";
        var name = $"The {qualifier}{field} {TitleCase(archetype.Noun)}";
        return new PersonaIdentity
        {
            PersonaName = name.Length > 120 ? name[..120] : name,
            Archetype = archetype.Name,
            CoreBelief = Belief(archetype, profile),
            BrandVoiceDescription = VoiceDescription(m, profile),
            Source = "derived",
            Basis = archetype.Reasons.Take(4).ToList(),
        };
    }

    private static string Qualifier(VoiceMeasurements m) => m switch
    {
        { MedianSentenceLength: < 12, ContractionsPer100: > 1.5 } => "Plain-Spoken",
        { SentimentMean: > 0.35 } => "Upbeat",
        { Formality: > 62 } => "Measured",
        { QuestionShare: > 0.12 } => "Curious",
        { FirstSingularPer100: > 3 } => "Candid",
        { SentimentMean: < -0.05 } => "Unsparing",
        _ => "Steady",
    };

    private static string Belief(ArchetypeRules.Archetype archetype, ProfileAnswers profile)
    {
        var belief = archetype.BeliefTemplate
            .Replace("{audience}", Capitalize(string.IsNullOrWhiteSpace(profile.Audience) ? "Readers" : profile.Audience!.Trim()), StringComparison.Ordinal)
            .Replace("{industry}", string.IsNullOrWhiteSpace(profile.Industry) ? "this field" : profile.Industry!.Trim(), StringComparison.Ordinal);
        var value = profile.BrandValues.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        belief = Capitalize(belief);
        return value is null ? belief : $"{belief} Guided by {value.Trim().ToLowerInvariant()}.";
    }

    private static string VoiceDescription(VoiceMeasurements m, ProfileAnswers profile)
    {
        var length = m.MedianSentenceLength switch { < 11 => "short, direct", < 17 => "medium-length", < 24 => "fairly long", _ => "long, layered" };
        var reading = m.FleschReadingEase switch { >= 70 => "easy to read", >= 50 => "plain but substantial", >= 30 => "demanding", _ => "dense" };
        var perspective = m.DominantPerspective switch
        {
            "I" => "speaks from personal experience ('I')",
            "we" => "speaks for a group ('we')",
            "you" => "talks straight to the reader ('you')",
            _ => "writes about others in the third person",
        };
        var tone = ToneRules.DefaultTone(m);
        var habits = new List<string>();
        habits.Add(m.ContractionsPer100 >= 1 ? "uses contractions freely" : "avoids contractions");
        habits.Add(m.ExclamationsPer1000 >= 2 ? "reaches for exclamation marks" : "rarely exclaims");
        if (m.QuestionShare >= 0.08)
        {
            habits.Add("asks the reader questions");
        }

        var words = m.GoToWords.Take(3).ToList();
        var favourite = words.Count == 0 ? "" : $" Favourite words: {string.Join(", ", words.Select(w => $"\"{w}\""))}.";
        var audience = string.IsNullOrWhiteSpace(profile.Audience) ? "" : $" Written for {profile.Audience!.Trim()}.";
        return string.Create(CultureInfo.InvariantCulture,
            $"Writes in {length} sentences (median {m.MedianSentenceLength:0} words) that are {reading} (Flesch {m.FleschReadingEase:0}). " +
            $"Sounds {tone}, {perspective}, {string.Join(", ", habits)}.{favourite}{audience}");
    }

    private static string TitleCase(string text) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

using System.Globalization;
using Alwrity.Domain.Personas.Model;
using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Domain.Platforms;

/// <summary>Rules every platform strategy shares: sentence bands, emoji policy, hashtag wording, common checks.</summary>
public static class AdaptationRules
{
    /// <summary>The writer's own median pulled toward what reads well on the platform, never far from their voice.</summary>
    public static SentenceBand Band(CorePersona core, double platformIdeal, double maxShift)
    {
        var median = core.Measurements.MedianSentenceLength > 0 ? core.Measurements.MedianSentenceLength : platformIdeal;
        var centre = median + Math.Clamp(platformIdeal - median, -maxShift, maxShift);
        return new SentenceBand(Math.Round(Math.Max(4, centre * 0.7)), Math.Round(centre * 1.3), Math.Round(median, 1));
    }

    public static string EmojiPolicy(CorePersona core, string platformNote)
    {
        var habit = core.StylisticConstraints.Formatting.Emoji;
        return habit switch
        {
            "never" => $"No emoji — you don't use them. {platformNote}",
            "rarely" => $"At most one emoji, where it carries meaning. {platformNote}",
            "sometimes" => $"One or two emoji per post, as you do elsewhere. {platformNote}",
            _ => $"Emoji are part of your voice; keep them, but not as a wall. {platformNote}",
        };
    }

    public static string Hashtags(HashtagNorm norm, string placement) =>
        norm.RecommendedMin is { } min && norm.RecommendedMax is { } max
            ? F($"Use {min}–{max} specific hashtags {placement}.")
            : $"Hashtags are optional here; use them {placement} only when they help discovery.";

    /// <summary>Checks every platform shares: limits respected by the adaptation, hook fits the fold, rules not stale.</summary>
    public static List<PersonaFinding> CommonChecks(PlatformPersonaDocument persona, CorePersona core, DateOnly today)
    {
        var findings = new List<PersonaFinding>();
        var rules = persona.Rules;
        var adaptation = persona.Adaptation;
        if (adaptation.TargetLength.Max > rules.HardLimit)
        {
            findings.Add(new("error", "target-over-limit",
                F($"The target length ({adaptation.TargetLength.Max:N0}) is above {rules.DisplayName}'s limit of {rules.HardLimit:N0}."),
                "Lower the target length below the platform limit."));
        }

        var median = core.Measurements.MedianSentenceLength;
        if (median > 0 && (adaptation.TargetSentenceLength.Max < median * 0.5 || adaptation.TargetSentenceLength.Min > median * 1.6))
        {
            findings.Add(new("warning", "band-far-from-voice",
                F($"The sentence band {adaptation.TargetSentenceLength.Min:0}–{adaptation.TargetSentenceLength.Max:0} words is far from your median of {median:0}."),
                "Keep the band within about half to one and a half times your own sentence length, or posts won't sound like you."));
        }

        if (rules.Fold is { } fold && !adaptation.HookStyle.Contains(fold.Mobile.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            findings.Add(new("info", "hook-fold-unstated",
                F($"The hook advice doesn't name the {fold.Mobile}-character mobile fold."),
                F($"Say that the hook must fit in the first {fold.Mobile} characters.")));
        }

        var age = today.DayNumber - rules.LastChecked.DayNumber;
        if (age > 180)
        {
            findings.Add(new("info", "rules-may-be-stale",
                F($"{rules.DisplayName}'s limits were last checked {age} days ago ({rules.LastChecked:yyyy-MM-dd})."),
                $"Re-check the figures against: {rules.Source}."));
        }

        if (core.StylisticConstraints.Formatting.Emoji == "never" && adaptation.EmojiPolicy.Contains("keep them", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new("warning", "emoji-policy-contradicts-voice", "The emoji policy encourages emoji but you never use them.", "Drop emoji from this platform's policy."));
        }

        return findings;
    }

    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

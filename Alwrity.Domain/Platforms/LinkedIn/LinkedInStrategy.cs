using System.Text.Json.Nodes;
using Alwrity.Domain.Personas.Model;
using Alwrity.Domain.Platforms.Rules;
using static Alwrity.Domain.Platforms.AdaptationRules;

namespace Alwrity.Domain.Platforms.LinkedIn;

/// <summary>
/// LinkedIn: professional positioning and thought leadership. A hook that survives the ~140-character mobile
/// fold, airy paragraphs, 3–5 specific hashtags, and guidance for articles, carousels and comments.
/// </summary>
public sealed class LinkedInStrategy(TimeProvider clock) : IPlatformStrategy
{
    public string Key => "linkedin";

    public string PromptName => "platform-linkedin";

    public PlatformPersonaDocument Adapt(CorePersona core, PlatformRules rules)
    {
        var fold = rules.Fold?.Mobile ?? 140;
        var m = core.StylisticConstraints;
        var asks = m.Punctuation.Questions is "sometimes" or "often";
        var adaptation = new PlatformAdaptation
        {
            TargetSentenceLength = Band(core, platformIdeal: 14, maxShift: 5),
            ParagraphStructure = "One to two sentences per paragraph with a blank line between them; no walls of text on mobile.",
            HookStyle = F($"Open with one line under {fold} characters (the mobile fold) that states a claim, a number or a tension from your own work{(asks ? " — a question works for you" : "")}."),
            CtaStyle = asks
                ? "Close by inviting experience (\"How have you handled this?\") — but not on every post."
                : "Close with a clear takeaway or next step rather than a question; vary the ending.",
            HashtagStrategy = Hashtags(rules.Hashtags, "at the end, specific to the topic (no generic #motivation)"),
            EmojiPolicy = EmojiPolicy(core, "LinkedIn readers skim: emoji as bullets are fine, as decoration they read as AI."),
            TargetLength = new LengthBand(900, Math.Min(2000, rules.HardLimit), rules.HardLimit),
            Guidance =
            [
                "Lead with your own experience or data; one idea per post.",
                F($"Keep the first {fold} characters self-contained: that is all most readers see."),
                "Tag people only when they are part of the story.",
            ],
            Rationale =
            [
                F($"Hard limit {rules.HardLimit:N0} characters and ~{fold}-character mobile fold ({rules.Source}, checked {rules.LastChecked:yyyy-MM-dd})."),
                F($"Your median sentence is {core.Measurements.MedianSentenceLength:0} words; the band moves it at most 5 words toward LinkedIn's skimmable ~14."),
            ],
        };
        return new PlatformPersonaDocument { Platform = Key, Rules = rules, Adaptation = adaptation, Specifics = Positioning(core, null) };
    }

    public PlatformPersonaDocument Merge(PlatformPersonaDocument local, PlatformDraft draft) => local with
    {
        Adaptation = DraftMerging.Merge(local.Adaptation, draft),
        Specifics = Positioning(null, draft, local.Specifics),
        Source = "model",
    };

    public IReadOnlyList<PersonaFinding> Validate(PlatformPersonaDocument persona, CorePersona core)
    {
        var findings = CommonChecks(persona, core, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (!persona.Adaptation.HashtagStrategy.Contains('3', StringComparison.Ordinal) && !persona.Adaptation.HashtagStrategy.Contains("three", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new("warning", "hashtag-count-unstated", "The hashtag strategy doesn't give LinkedIn's 3–5 range.", "State how many hashtags to use (3–5) and where."));
        }

        if (persona.Specifics["thoughtLeadershipAngles"] is not JsonArray { Count: > 0 })
        {
            findings.Add(new("warning", "no-positioning", "No thought-leadership angles are defined.", "Add two or three topics you can speak on with authority."));
        }

        return findings;
    }

    private static JsonObject Positioning(CorePersona? core, PlatformDraft? draft, JsonObject? previous = null)
    {
        var angles = draft?.Angles.Count > 0
            ? draft.Angles
            : core is null ? [] : Angles(core);
        var formats = draft?.Formats.Count > 0 ? draft.Formats : DefaultFormats;
        return new JsonObject
        {
            ["professionalPositioning"] = draft is null && core is not null
                ? $"{core.Identity.Archetype} voice for {core.Audience ?? "your professional network"}{(core.Industry is null ? "" : $" in {core.Industry}")}."
                : previous?["professionalPositioning"]?.GetValue<string>() ?? "",
            ["thoughtLeadershipAngles"] = new JsonArray(angles.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray()),
            ["contentFormats"] = new JsonArray(formats.Select(f => (JsonNode)new JsonObject { ["format"] = f.Format, ["advice"] = f.Advice }).ToArray()),
        };
    }

    private static List<string> Angles(CorePersona core)
    {
        var topics = core.Measurements.GoToPhrases.Concat(core.Measurements.GoToWords).Take(3).ToList();
        var angles = topics.Select(t => $"What you've learned about \"{t}\" that others in your field get wrong").ToList();
        if (!string.IsNullOrWhiteSpace(core.Goals))
        {
            angles.Add($"Progress notes toward your goal: {core.Goals}");
        }

        return angles.Count > 0 ? angles : ["Lessons from your own projects, told with specifics"];
    }

    private static readonly FormatAdvice[] DefaultFormats =
    [
        new("post", "900–2,000 characters, one idea, hook above the fold, 3–5 hashtags at the end."),
        new("article", "For ideas that need 800+ words: a clear headline (under ~100 characters), sub-headings, your own examples."),
        new("carousel", "A PDF document of 6–12 slides at 1080×1350; the first slide is the thumbnail, so make it the hook."),
        new("comment", "Up to 1,250 characters; add a concrete point or question to the thread, in your usual voice."),
    ];
}

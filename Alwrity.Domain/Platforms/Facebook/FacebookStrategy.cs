using System.Text.Json.Nodes;
using Alwrity.Domain.Personas.Model;
using Alwrity.Domain.Platforms.Rules;
using static Alwrity.Domain.Platforms.AdaptationRules;

namespace Alwrity.Domain.Platforms.Facebook;

/// <summary>
/// Facebook: community building and conversation. Short posts, a first line that works in the ~125-character
/// mobile preview, conversation starters, 1–2 hashtags at most, and advice per content format.
/// </summary>
public sealed class FacebookStrategy(TimeProvider clock) : IPlatformStrategy
{
    public string Key => "facebook";

    public string PromptName => "platform-facebook";

    public PlatformPersonaDocument Adapt(CorePersona core, PlatformRules rules)
    {
        var fold = rules.Fold?.Mobile ?? 125;
        var adaptation = new PlatformAdaptation
        {
            TargetSentenceLength = Band(core, platformIdeal: 11, maxShift: 6),
            ParagraphStructure = "Short posts: two to four short paragraphs, or a single paragraph for quick updates.",
            HookStyle = F($"Put the point in the first {fold} characters (the mobile preview): a relatable moment, a photo caption or a question to your community."),
            CtaStyle = "Invite replies with a specific, easy question (\"Which one would you pick?\"), not \"like and share\".",
            HashtagStrategy = Hashtags(rules.Hashtags, "at most, woven into the text or at the end"),
            EmojiPolicy = EmojiPolicy(core, "On Facebook an emoji can set the mood of a community post."),
            TargetLength = new LengthBand(40, 400, rules.HardLimit),
            Guidance =
            [
                "Write like you talk to regulars: first names, shared moments, thanks.",
                "Short posts (roughly 40–80 characters) drew the most engagement in older studies; go longer only for stories.",
                "Reply to comments in the first hour; the conversation is the content.",
            ],
            Rationale =
            [
                F($"Limit {rules.HardLimit:N0} characters but ~{fold}-character mobile preview ({rules.Source}, checked {rules.LastChecked:yyyy-MM-dd})."),
                "1–2 hashtags: Socialbakers (2014) measured 593 average interactions for 1–2 tags vs 416 for 3–5.",
            ],
        };
        return new PlatformPersonaDocument { Platform = Key, Rules = rules, Adaptation = adaptation, Specifics = Community(core, null) };
    }

    public PlatformPersonaDocument Merge(PlatformPersonaDocument local, PlatformDraft draft) => local with
    {
        Adaptation = DraftMerging.Merge(local.Adaptation, draft),
        Specifics = Community(null, draft, local.Specifics),
        Source = "model",
    };

    public IReadOnlyList<PersonaFinding> Validate(PlatformPersonaDocument persona, CorePersona core)
    {
        var findings = CommonChecks(persona, core, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (persona.Adaptation.HashtagStrategy.Contains("3–5", StringComparison.Ordinal) || persona.Adaptation.HashtagStrategy.Contains("3-5", StringComparison.Ordinal))
        {
            findings.Add(new("warning", "too-many-hashtags-advised", "The strategy advises 3–5 hashtags; on Facebook 1–2 do better.", "Advise one or two hashtags at most."));
        }

        if (persona.Specifics["conversationStarters"] is not JsonArray { Count: > 0 })
        {
            findings.Add(new("warning", "no-conversation-starters", "No conversation starters are defined.", "Add a few questions your community would enjoy answering."));
        }

        if (persona.Adaptation.TargetLength.Max > 1000)
        {
            findings.Add(new("info", "long-target", "The target length is long for Facebook, where short posts engage best.", "Aim under 400 characters for everyday posts."));
        }

        return findings;
    }

    private static JsonObject Community(CorePersona? core, PlatformDraft? draft, JsonObject? previous = null)
    {
        var starters = draft?.Angles.Count > 0 ? draft.Angles : core is null ? [] : Starters(core);
        var formats = draft?.Formats.Count > 0 ? draft.Formats : DefaultFormats;
        return new JsonObject
        {
            ["communityBuilding"] = draft is null && core is not null
                ? $"Build a community of {core.Audience ?? "people who care about what you do"} around shared moments and questions, in a {core.TonalRange.DefaultTone} voice."
                : previous?["communityBuilding"]?.GetValue<string>() ?? "",
            ["conversationStarters"] = new JsonArray(starters.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
            ["contentFormats"] = new JsonArray(formats.Select(f => (JsonNode)new JsonObject { ["format"] = f.Format, ["advice"] = f.Advice }).ToArray()),
        };
    }

    private static List<string> Starters(CorePersona core)
    {
        var field = core.Industry ?? "what you do";
        var starters = new List<string>
        {
            $"What's one thing about {field} you wish more people knew?",
            "Which of these would you pick, and why?",
        };
        var word = core.Measurements.GoToWords.FirstOrDefault();
        if (word is not null)
        {
            starters.Add($"When did \"{word}\" last make a difference for you?");
        }

        return starters;
    }

    private static readonly FormatAdvice[] DefaultFormats =
    [
        new("short post", "40–80 characters for quick updates; one thought, one question."),
        new("photo or video", "Let the picture carry the story; the caption adds the why in one or two lines."),
        new("poll or question", "Offer two or three concrete options; answer the first replies yourself."),
        new("event or live", "Say what, when and why it matters to them; remind the day before."),
    ];
}

using Alwrity.Domain.Personas.Model;

namespace Alwrity.Domain.Platforms;

/// <summary>How a model's platform draft replaces the prose of a rule-based adaptation, keeping every number.</summary>
public static class DraftMerging
{
    public static PlatformAdaptation Merge(PlatformAdaptation local, PlatformDraft draft) => local with
    {
        HookStyle = Pick(draft.HookStyle, local.HookStyle),
        CtaStyle = Pick(draft.CtaStyle, local.CtaStyle),
        ParagraphStructure = Pick(draft.ParagraphStructure, local.ParagraphStructure),
        HashtagStrategy = Pick(draft.HashtagStrategy, local.HashtagStrategy),
        EmojiPolicy = Pick(draft.EmojiPolicy, local.EmojiPolicy),
        Guidance = draft.Guidance.Count > 0 ? draft.Guidance.Where(g => !string.IsNullOrWhiteSpace(g)).Take(8).ToList() : local.Guidance,
    };

    private static string Pick(string? model, string fallback) => string.IsNullOrWhiteSpace(model) ? fallback : model.Trim();
}

using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Domain.Analysis.PlatformFit;

/// <summary>
/// Result of checking a draft against one platform. JSON contract (camelCase): platform, length, limit,
/// countingRule, withinLimit, foldText, findings are stable names; the rest are extras.
/// </summary>
public sealed record PlatformFitReport
{
    /// <summary>The platform key the rules were found under (aliases resolved, e.g. "twitter" → "x").</summary>
    public required string Platform { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>Length under the platform's counting rule, the number the limit applies to (LinkedIn: after API escaping).</summary>
    public required int Length { get; init; }

    /// <summary>The limit checked against (the platform's, or the override).</summary>
    public required int Limit { get; init; }

    /// <summary>Id of the counting rule, one of <see cref="Platforms.Counting.CountingRules"/>.</summary>
    public required string CountingRule { get; init; }

    /// <summary>True when <see cref="Length"/> is within <see cref="Limit"/> (and the byte limit, where there is one).</summary>
    public required bool WithinLimit { get; init; }

    /// <summary>What a mobile reader sees before "see more" (the whole text when it is not cut, or on platforms without a fold).</summary>
    public required string FoldText { get; init; }

    public required IReadOnlyList<PlatformFinding> Findings { get; init; }

    /// <summary>Limit minus length; negative when over.</summary>
    public int Remaining { get; init; }

    /// <summary>Length as the reader sees it (differs from <see cref="Length"/> only on LinkedIn, where escaping adds characters).</summary>
    public int VisibleLength { get; init; }

    /// <summary>Length in the form the platform's API receives (LinkedIn: after little-text escaping).</summary>
    public int ApiLength { get; init; }

    public int Utf8Bytes { get; init; }

    /// <summary>The UTF-8 byte limit, where the platform has one (Bluesky 3,000).</summary>
    public int? ByteLimit { get; init; }

    /// <summary>What a desktop reader sees before "see more".</summary>
    public string DesktopFoldText { get; init; } = string.Empty;

    /// <summary>True when the platform cuts long text with "see more".</summary>
    public bool HasFold { get; init; }

    /// <summary>True when mobile readers see only <see cref="FoldText"/>, not the whole text.</summary>
    public bool CutOnMobile { get; init; }

    public bool CutOnDesktop { get; init; }

    public int HashtagCount { get; init; }

    public int MentionCount { get; init; }

    public int LinkCount { get; init; }

    public int EmojiCount { get; init; }

    public int WordCount { get; init; }

    /// <summary>The rules used, with their source and last-checked date.</summary>
    public required PlatformRules Rules { get; init; }
}

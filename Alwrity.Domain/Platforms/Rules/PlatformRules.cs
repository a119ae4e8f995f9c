namespace Alwrity.Domain.Platforms.Rules;

/// <summary>
/// One platform's (or content kind's) published limits and norms, as data with its source and last-checked date.
/// Loaded from the embedded <c>platform-rules.json</c>; serialises camelCase.
/// </summary>
public sealed record PlatformRules
{
    /// <summary>Lower-case key, e.g. "linkedin", "x", "linkedin-comment".</summary>
    public required string Key { get; init; }

    /// <summary>Name of the content kind for people, e.g. "LinkedIn post", "Instagram caption".</summary>
    public required string DisplayName { get; init; }

    /// <summary>The platform's own name, e.g. "LinkedIn" (shared by its content kinds).</summary>
    public required string PlatformName { get; init; }

    /// <summary>"post", "comment", "article" or "caption".</summary>
    public string ContentKind { get; init; } = "post";

    /// <summary>Other names accepted for this key (e.g. "twitter" for "x").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The platform's limit, in the units of <see cref="CountingRule"/>.</summary>
    public required int HardLimit { get; init; }

    /// <summary>A lower limit some sources give; going over it is a warning, not an error.</summary>
    public int? SoftLimit { get; init; }

    public string? SoftLimitNote { get; init; }

    /// <summary>Id of the counting rule, one of <see cref="Counting.CountingRules"/>.</summary>
    public required string CountingRule { get; init; }

    /// <summary>A second limit in UTF-8 bytes (Bluesky), if any.</summary>
    public int? ByteLimit { get; init; }

    /// <summary>Where the platform cuts the text with "see more"; null when readers see the whole post.</summary>
    public FoldRule? Fold { get; init; }

    public HashtagNorm Hashtags { get; init; } = new();

    public MentionNorm Mentions { get; init; } = new();

    public LinkNorm Links { get; init; } = new();

    /// <summary>Related limits that this checker does not enforce on the text (headline, comment, document size).</summary>
    public IReadOnlyList<ExtraLimit> ExtraLimits { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Where the numbers come from.</summary>
    public required string Source { get; init; }

    /// <summary>When the numbers were last checked against their source.</summary>
    public required DateOnly LastChecked { get; init; }
}

/// <summary>Characters shown before "see more" (unofficial; budget for <see cref="Mobile"/>).</summary>
public sealed record FoldRule
{
    public required int Desktop { get; init; }

    public required int Mobile { get; init; }

    /// <summary>Lines shown on desktop, when known; a line break then uses up the rest of its line.</summary>
    public int? DesktopLines { get; init; }

    /// <summary>Lines shown on mobile, when known.</summary>
    public int? MobileLines { get; init; }

    public string? Note { get; init; }
}

/// <summary>Hashtag practice: a recommended range and, where the platform enforces one, a hard cap.</summary>
public sealed record HashtagNorm
{
    public int? RecommendedMin { get; init; }

    public int? RecommendedMax { get; init; }

    public int? HardCap { get; init; }

    public string? Note { get; init; }
}

/// <summary>Mention practice; <see cref="Basis"/> says whether a number is the platform's or an editorial guideline.</summary>
public sealed record MentionNorm
{
    public int? RecommendedMax { get; init; }

    public int? HardCap { get; init; }

    /// <summary>"platform" (published by the platform) or "editorial" (Alwrity's own guideline).</summary>
    public string Basis { get; init; } = "platform";

    public string? Note { get; init; }
}

/// <summary>Link rules: whether links are clickable, how many are allowed, and how long each counts.</summary>
public sealed record LinkNorm
{
    public bool Clickable { get; init; } = true;

    public int? RecommendedMax { get; init; }

    public int? HardCap { get; init; }

    /// <summary>Fixed length every URL counts as (23 on X and Mastodon), if the platform shortens links.</summary>
    public int? CountsAs { get; init; }

    public string? Note { get; init; }
}

/// <summary>A related limit kept with the platform for reference (e.g. a LinkedIn article headline).</summary>
public sealed record ExtraLimit
{
    public required string Name { get; init; }

    public required int Value { get; init; }

    public required string Unit { get; init; }

    public string? Note { get; init; }
}

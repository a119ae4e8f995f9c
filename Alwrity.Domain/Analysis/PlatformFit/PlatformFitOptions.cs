namespace Alwrity.Domain.Analysis.PlatformFit;

/// <summary>Optional settings for one check.</summary>
public sealed record PlatformFitOptions
{
    /// <summary>
    /// Replaces the platform's limit: a Mastodon instance's <c>statuses.max_characters</c>, X Premium's 25,000,
    /// or a LinkedIn article limit you trust. Ignored unless positive.
    /// </summary>
    public int? LimitOverride { get; init; }

    /// <summary>Mastodon content warning (spoiler text): it counts towards the limit.</summary>
    public string? ContentWarning { get; init; }

    /// <summary>Set false to skip the AI-tell checks (phrases, dashes, emoji walls, hashtag blocks, closing questions).</summary>
    public bool CheckAiTells { get; init; } = true;

    public static PlatformFitOptions Default { get; } = new();
}

namespace Alwrity.Domain.Analysis.PlatformFit;

/// <summary>The stable codes a <see cref="PlatformFinding"/> can carry; clients may key UI and help text on them.</summary>
public static class FindingCodes
{
    public const string EmptyText = "empty-text";
    public const string OverLimit = "over-limit";
    public const string EscapingPushesOverLimit = "escaping-pushes-over-limit";
    public const string OverByteLimit = "over-byte-limit";
    public const string OverSoftLimit = "over-soft-limit";
    public const string HookCutByFold = "hook-cut-by-fold";
    public const string TooManyHashtags = "too-many-hashtags";
    public const string HashtagCapExceeded = "hashtag-cap-exceeded";
    public const string TooFewHashtags = "too-few-hashtags";
    public const string LinksNotClickable = "links-not-clickable";
    public const string TooManyLinks = "too-many-links";
    public const string TooManyMentions = "too-many-mentions";
    public const string AiTellPhrase = "ai-tell-phrase";
    public const string EmDashHeavy = "em-dash-heavy";
    public const string EmojiWall = "emoji-wall";
    public const string HashtagBlock = "hashtag-block";
    public const string EngagementBaitQuestion = "engagement-bait-question";
    public const string AiTellCheckIncomplete = "ai-tell-check-incomplete";
    public const string MarkupShownAsText = "markup-shown-as-text";
}

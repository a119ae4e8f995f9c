using System.Collections.Frozen;

namespace Alwrity.Domain.Platforms.Counting;

/// <summary>Ids of the length-counting rules named in the platform rules data.</summary>
public static class CountingRules
{
    /// <summary>X: weighted count after NFC (most Latin 1, others 2, emoji sequence 2, URL 23).</summary>
    public const string XWeighted = "x-weighted";

    /// <summary>Bluesky: extended grapheme clusters (plus a UTF-8 byte limit).</summary>
    public const string Graphemes = "graphemes";

    /// <summary>Threads: emoji count their UTF-8 bytes, every other character counts 1.</summary>
    public const string ThreadsEmojiUtf8 = "threads-emoji-utf8";

    /// <summary>LinkedIn: UTF-16 length after escaping the API "little text" reserved characters.</summary>
    public const string LinkedInLittleText = "linkedin-little-text";

    /// <summary>Mastodon: graphemes, every http(s) URL 23, mentions count only @user.</summary>
    public const string MastodonStatus = "mastodon-status";

    /// <summary>UTF-16 code units (JavaScript string length), as web composers count.</summary>
    public const string Utf16CodeUnits = "utf16-code-units";

    /// <summary>Every known rule id.</summary>
    public static IReadOnlySet<string> All { get; } = new[]
    {
        XWeighted, Graphemes, ThreadsEmojiUtf8, LinkedInLittleText, MastodonStatus, Utf16CodeUnits,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Plain-English unit for messages, e.g. "weighted characters".</summary>
    public static string UnitName(string countingRule) => countingRule switch
    {
        XWeighted => "weighted characters (X counts emoji and CJK as 2 and every link as 23)",
        Graphemes => "characters (graphemes, as Bluesky counts them)",
        ThreadsEmojiUtf8 => "characters (Threads counts each emoji by its UTF-8 bytes)",
        LinkedInLittleText => "characters after LinkedIn's API escaping",
        MastodonStatus => "characters (Mastodon counts every link as 23)",
        _ => "characters",
    };
}

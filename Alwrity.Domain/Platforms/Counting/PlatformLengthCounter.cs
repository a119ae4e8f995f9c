using Alwrity.Domain.Platforms.Text;

namespace Alwrity.Domain.Platforms.Counting;

/// <summary>
/// Counts a text the way each platform does. Every method accepts null, empty and malformed text (lone surrogates
/// count as U+FFFD) and runs in linear time.
/// </summary>
public static class PlatformLengthCounter
{
    /// <summary>Counts with the named rule (one of <see cref="CountingRules"/>); Mastodon's content warning may be added.</summary>
    public static LengthCount Count(string countingRule, string? text, string? contentWarning = null)
    {
        var safe = UnicodeText.ReplaceLoneSurrogates(text ?? string.Empty);
        var bytes = UnicodeText.Utf8ByteCount(safe);
        return countingRule switch
        {
            CountingRules.XWeighted => Same(countingRule, XWeightedLength.Count(safe), bytes),
            CountingRules.Graphemes => Same(countingRule, UnicodeText.GraphemeCount(safe), bytes),
            CountingRules.ThreadsEmojiUtf8 => Same(countingRule, ThreadsLength(safe), bytes),
            CountingRules.MastodonStatus => Same(countingRule, MastodonLength(safe, contentWarning), bytes),
            CountingRules.LinkedInLittleText =>
                new LengthCount(countingRule, LinkedInApiLength(safe), LinkedInVisibleLength(safe), bytes),
            CountingRules.Utf16CodeUnits => Same(countingRule, safe.Length, bytes),
            _ => throw new ArgumentException($"Unknown counting rule \"{countingRule}\".", nameof(countingRule)),
        };
    }

    /// <summary>X's weighted length (limit 280): see <see cref="CountingRules.XWeighted"/>.</summary>
    public static int XWeighted(string? text) => XWeightedLength.Count(text ?? string.Empty);

    /// <summary>Extended grapheme clusters, what a reader calls characters (Bluesky's unit).</summary>
    public static int Graphemes(string? text) => UnicodeText.GraphemeCount(UnicodeText.ReplaceLoneSurrogates(text ?? string.Empty));

    /// <summary>UTF-8 bytes (Bluesky's second limit, 3,000).</summary>
    public static int Utf8Bytes(string? text) => UnicodeText.Utf8ByteCount(text ?? string.Empty);

    /// <summary>
    /// Threads' length. The Threads API docs say emoji count by their UTF-8 byte length; we read that as: a grapheme
    /// cluster that is an emoji counts its UTF-8 bytes (👍 = 4, ❤️ = 6, a ZWJ family = 25), every other grapheme
    /// counts 1.
    /// </summary>
    public static int ThreadsLength(string? text)
    {
        var safe = UnicodeText.ReplaceLoneSurrogates(text ?? string.Empty);
        var length = 0;
        for (var i = 0; i < safe.Length;)
        {
            var size = UnicodeText.NextGraphemeLength(safe, i);
            var cluster = safe.AsSpan(i, size);
            length += EmojiClassifier.IsEmojiCluster(cluster) ? UnicodeText.Utf8ByteCount(cluster) : 1;
            i += size;
        }

        return length;
    }

    /// <summary>
    /// What LinkedIn readers see, in UTF-16 code units: LinkedIn's composer counts like a JavaScript string length,
    /// so an emoji outside the BMP counts 2. This never under-counts compared with code points or graphemes.
    /// </summary>
    public static int LinkedInVisibleLength(string? text) => text?.Length ?? 0;

    /// <summary>LinkedIn's length after "little text" escaping, which the 3,000 limit applies to through the API.</summary>
    public static int LinkedInApiLength(string? text) =>
        (text?.Length ?? 0) + LinkedInLittleText.CountReserved(text);

    /// <summary>
    /// Mastodon's length (StatusLengthValidator): graphemes of the content warning plus the text, where every
    /// http(s) URL counts 23 and a mention counts only its @user part (@alice@example.social counts as @alice).
    /// Bare domains without http(s) count as typed, as Mastodon does not shorten them.
    /// </summary>
    public static int MastodonLength(string? text, string? contentWarning = null)
    {
        var safe = UnicodeText.ReplaceLoneSurrogates(text ?? string.Empty);
        var links = LinkScanner.Find(safe, includeBareDomains: false);
        var mentions = MentionScanner.Find(safe, links);
        var length = UnicodeText.GraphemeCount(UnicodeText.ReplaceLoneSurrogates(contentWarning ?? string.Empty));
        var position = 0;
        int linkIndex = 0, mentionIndex = 0;
        while (linkIndex < links.Count || mentionIndex < mentions.Count)
        {
            var takeLink = mentionIndex >= mentions.Count
                || (linkIndex < links.Count && links[linkIndex].Start < mentions[mentionIndex].Range.Start);
            var range = takeLink ? links[linkIndex++] : mentions[mentionIndex].Range;
            var counted = takeLink ? XWeightedLength.UrlLength : UnicodeText.GraphemeCount(safe.AsSpan(range.Start, mentions[mentionIndex++].UsernameLength));
            length += UnicodeText.GraphemeCount(safe.AsSpan(position, range.Start - position)) + counted;
            position = range.End;
        }

        return length + UnicodeText.GraphemeCount(safe.AsSpan(position));
    }

    private static LengthCount Same(string rule, int length, int bytes) => new(rule, length, length, bytes);
}

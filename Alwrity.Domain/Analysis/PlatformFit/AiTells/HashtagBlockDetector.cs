using Alwrity.Domain.Platforms.Text;

namespace Alwrity.Domain.Analysis.PlatformFit.AiTells;

/// <summary>
/// Flags a block of hashtags stacked at the end of the post or on a line of their own. The block must be larger
/// than the platform's recommended number of hashtags (and at least the data threshold), so a post that follows
/// the platform's own hashtag advice is not told off for it.
/// </summary>
internal static class HashtagBlockDetector
{
    public static void Detect(DraftFacts draft, int minimumBlock, List<PlatformFinding> findings)
    {
        var tags = draft.Entities.Hashtags;
        var groupStart = 0;
        for (var k = 1; k <= tags.Count; k++)
        {
            if (k < tags.Count && OnlySeparatorsBetween(draft.Text, tags[k - 1].End, tags[k].Start))
            {
                continue;
            }

            var size = k - groupStart;
            var from = tags.Count == 0 ? 0 : tags[groupStart].Start;
            var to = tags.Count == 0 ? 0 : tags[k - 1].End;
            if (size >= minimumBlock && (AtEnd(draft.Text, to) || OwnLine(draft.Text, from, to)))
            {
                findings.Add(new PlatformFinding(
                    FindingSeverity.Warning,
                    FindingCodes.HashtagBlock,
                    $"A block of {size} hashtags{(AtEnd(draft.Text, to) ? " at the end" : " on one line")}. Stacked hashtags are a common pattern of AI-written posts.",
                    "Keep the few that matter most; weave one or two into your sentences.")
                {
                    Span = new TextSpan(from, to - from),
                });
                return;
            }

            groupStart = k;
        }
    }

    /// <summary>The trailing hashtag group's start, or the text length when the text does not end with hashtags.</summary>
    public static int TrailingBlockStart(string text, IReadOnlyList<TextRange> tags)
    {
        if (tags.Count == 0 || !AtEnd(text, tags[^1].End))
        {
            return text.Length;
        }

        var k = tags.Count - 1;
        while (k > 0 && OnlySeparatorsBetween(text, tags[k - 1].End, tags[k].Start))
        {
            k--;
        }

        return tags[k].Start;
    }

    private static bool OnlySeparatorsBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not (',' or '·' or '|' or '•'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when only white space and closing punctuation follow <paramref name="end"/>.</summary>
    private static bool AtEnd(string text, int end)
    {
        var i = end;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '.' or '!' or ',' or ';'))
        {
            i++;
        }

        return i == text.Length;
    }

    /// <summary>True when only spaces separate the group from the line's start and end (scans only those spaces).</summary>
    private static bool OwnLine(string text, int from, int to)
    {
        var before = from - 1;
        while (before >= 0 && text[before] is not ('\n' or '\r') && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        var after = to;
        while (after < text.Length && text[after] is not ('\n' or '\r') && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        return (before < 0 || text[before] is '\n' or '\r') && (after == text.Length || text[after] is '\n' or '\r');
    }
}

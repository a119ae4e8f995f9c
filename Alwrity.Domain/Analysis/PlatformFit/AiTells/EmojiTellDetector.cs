using Alwrity.Domain.Platforms.Text;

namespace Alwrity.Domain.Analysis.PlatformFit.AiTells;

/// <summary>
/// Flags walls of emoji: a run of emoji (spaces allowed between them) at least as long as the threshold, or emoji
/// on (nearly) every line of a post with several lines.
/// </summary>
internal static class EmojiTellDetector
{
    public static void Detect(DraftFacts draft, AiTellThresholds thresholds, List<PlatformFinding> findings)
    {
        var (runLength, runStart, runEnd) = LongestRun(draft.Text, draft.Emoji);
        if (runLength >= thresholds.EmojiRun)
        {
            findings.Add(new PlatformFinding(
                FindingSeverity.Warning,
                FindingCodes.EmojiWall,
                $"{runLength} emoji in a row. Strings of emoji read as templated, AI-style decoration.",
                "Keep one emoji that adds meaning, or none.")
            {
                Span = new TextSpan(runStart, runEnd - runStart),
            });
            return;
        }

        var (linesWithEmoji, nonEmptyLines) = CountEmojiLines(draft.Text, draft.Emoji);
        if (linesWithEmoji >= thresholds.EmojiLinesMin && linesWithEmoji >= thresholds.EmojiLinesShare * nonEmptyLines)
        {
            findings.Add(new PlatformFinding(
                FindingSeverity.Warning,
                FindingCodes.EmojiWall,
                $"{linesWithEmoji} of {nonEmptyLines} lines carry an emoji. Emoji on every line is a common pattern of AI-written posts.",
                "Use plain sentences or a simple list; keep emoji for the one line where they add meaning."));
        }
    }

    private static (int Length, int Start, int End) LongestRun(string text, IReadOnlyList<TextRange> emoji)
    {
        var best = (Length: 0, Start: 0, End: 0);
        var length = 0;
        var start = 0;
        for (var k = 0; k < emoji.Count; k++)
        {
            var joined = k > 0 && OnlySpacesBetween(text, emoji[k - 1].End, emoji[k].Start);
            length = joined ? length + 1 : 1;
            start = joined ? start : emoji[k].Start;
            if (length > best.Length)
            {
                best = (length, start, emoji[k].End);
            }
        }

        return best;
    }

    private static bool OnlySpacesBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\t' or '\u200B' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    private static (int WithEmoji, int NonEmpty) CountEmojiLines(string text, IReadOnlyList<TextRange> emoji)
    {
        int withEmoji = 0, nonEmpty = 0, next = 0, lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (!text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace())
            {
                nonEmpty++;
                while (next < emoji.Count && emoji[next].Start < lineStart)
                {
                    next++;
                }

                withEmoji += next < emoji.Count && emoji[next].Start < lineEnd ? 1 : 0;
            }

            lineStart = lineEnd + 1;
        }

        return (withEmoji, nonEmpty);
    }
}

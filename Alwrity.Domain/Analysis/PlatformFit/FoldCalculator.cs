using Alwrity.Domain.Platforms.Text;

namespace Alwrity.Domain.Analysis.PlatformFit;

/// <summary>The text shown before "see more" for one budget, and whether the rest is hidden.</summary>
internal sealed record FoldCut(string Text, bool IsCut, int Budget);

/// <summary>
/// Finds the text a reader sees before "see more". The budget is counted in graphemes (what a reader calls
/// characters). Heuristic where the platform shows a known number of lines (LinkedIn: 3 on mobile, 5 on desktop):
/// each line is budget/lines characters wide, and a line break uses up the rest of its line, so an empty line costs
/// a whole line. When the text does not fit, the cut moves back to the last word boundary (if there is one) and
/// trailing spaces are dropped; the result is never longer than the budget. Leading white space is skipped, as
/// platforms trim it.
/// </summary>
internal static class FoldCalculator
{
    public static FoldCut Cut(string text, int budget, int? lines)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var lineWidth = lines is > 0 ? (double)budget / lines.Value : double.PositiveInfinity;
        var used = 0.0;
        var i = start;
        var lastBoundary = -1;
        while (i < text.Length)
        {
            var size = UnicodeText.NextGraphemeLength(text, i);
            var isBreak = text[i] is '\n' or '\r' or '\u2028' or '\u2029';
            var cost = isBreak && !double.IsPositiveInfinity(lineWidth) ? RestOfLine(used, lineWidth) : 1.0;
            if (used + cost > budget + 1e-9)
            {
                return new FoldCut(CutBack(text, start, i, lastBoundary), true, budget);
            }

            if (isBreak || char.IsWhiteSpace(text[i]))
            {
                lastBoundary = i;
            }

            used += cost;
            i += size;
        }

        return new FoldCut(text[start..].TrimEnd(), false, budget);
    }

    private static double RestOfLine(double used, double lineWidth)
    {
        var lineEnd = (Math.Floor((used + 1e-9) / lineWidth) + 1) * lineWidth;
        return lineEnd - used;
    }

    private static string CutBack(string text, int start, int stop, int lastBoundary)
    {
        var wordEnd = IsWordContinuing(text, stop) && lastBoundary > start ? lastBoundary : stop;
        return text[start..wordEnd].TrimEnd();
    }

    /// <summary>True when the cut at <paramref name="stop"/> falls inside a word.</summary>
    private static bool IsWordContinuing(string text, int stop) =>
        stop > 0 && stop < text.Length && !char.IsWhiteSpace(text[stop]) && !char.IsWhiteSpace(text[stop - 1]);
}

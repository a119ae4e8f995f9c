namespace Alwrity.Domain.Analysis.PlatformFit.AiTells;

/// <summary>
/// Flags em-dash-heavy prose: counts dashes used as punctuation (—, ―, a spaced en dash, "--", a spaced hyphen
/// inside a line) and compares the rate per 100 words with the threshold. Hyphens in words, number ranges
/// ("2019–2020"), list bullets and "---" rules are not counted.
/// </summary>
internal static class DashTellDetector
{
    public static void Detect(DraftFacts draft, AiTellThresholds thresholds, List<PlatformFinding> findings)
    {
        var (count, firstAt) = CountDashes(draft.Text);
        if (count < thresholds.EmDashMinCount || draft.WordCount == 0)
        {
            return;
        }

        var per100 = count * 100.0 / draft.WordCount;
        if (per100 < thresholds.EmDashPer100Words)
        {
            return;
        }

        findings.Add(new PlatformFinding(
            FindingSeverity.Warning,
            FindingCodes.EmDashHeavy,
            $"{count:N0} dashes in {draft.WordCount:N0} words ({per100:0.0} per 100 words; the threshold is {thresholds.EmDashPer100Words:0.0}). Heavy dash use is a well-known tell of AI-written text.",
            "Turn most dashes into full stops, commas or parentheses; keep one or two where the pause matters.")
        {
            Span = new TextSpan(firstAt, 1),
        });
    }

    internal static (int Count, int FirstAt) CountDashes(string text)
    {
        var count = 0;
        var firstAt = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var width = DashWidthAt(text, i);
            if (width == 0)
            {
                continue;
            }

            count++;
            firstAt = firstAt < 0 ? i : firstAt;
            i += width - 1;
        }

        return (count, firstAt);
    }

    private static int DashWidthAt(string text, int i)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : '\n';
        var after = i + 1 < text.Length ? text[i + 1] : '\n';
        return c switch
        {
            '\u2014' or '\u2015' => 1,
            '\u2013' => before == ' ' || after == ' ' ? 1 : 0,
            '-' when after == '-' && before != '-' && (i + 2 >= text.Length || text[i + 2] != '-') => 2,
            '-' when before == ' ' && after == ' ' && i >= 2 && !char.IsWhiteSpace(text[i - 2]) => 1,
            _ => 0,
        };
    }
}

namespace Alwrity.Domain.Analysis.PlatformFit.AiTells;

/// <summary>
/// Finds the phrase tells: one finding per tell, at its first match, with how often it occurs. A tell whose first
/// match overlaps one already reported (e.g. "it's not just X — it's Y" is also a "not just X — Y") is skipped.
/// </summary>
internal static class PhraseTellDetector
{
    private const int EvidenceMax = 120;

    public static void Detect(DraftFacts draft, AiTellCatalog catalog, List<PlatformFinding> findings)
    {
        var reported = new List<(int Start, int End)>();
        foreach (var tell in catalog.Phrases)
        {
            var count = 0;
            int start = 0, length = 0;
            foreach (var match in tell.Pattern.EnumerateMatches(draft.MatchText))
            {
                (start, length) = count == 0 ? (match.Index, match.Length) : (start, length);
                count++;
            }

            var end = start + length;
            if (count > 0 && !reported.Exists(r => r.Start < end && start < r.End))
            {
                reported.Add((start, end));
                findings.Add(ToFinding(draft.Text, tell, start, length, count));
            }
        }
    }

    private static PlatformFinding ToFinding(string text, PhraseTell tell, int start, int length, int count)
    {
        var evidence = EvidenceText.Clip(text.Substring(start, length).Trim(), EvidenceMax);

        var times = count > 1 ? $" It appears {count:N0} times." : string.Empty;
        return new PlatformFinding(tell.Severity, FindingCodes.AiTellPhrase, $"\"{evidence}\" {tell.Why}{times}", tell.Hint)
        {
            Span = new TextSpan(start, length),
            Evidence = evidence,
            TellId = tell.Id,
        };
    }
}

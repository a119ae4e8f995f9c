namespace Alwrity.Domain.Analysis.PlatformFit.AiTells;

/// <summary>Finds the phrase tells (one finding per tell, at its first match, with how often it occurs).</summary>
internal static class PhraseTellDetector
{
    private const int EvidenceMax = 120;

    public static void Detect(DraftFacts draft, AiTellCatalog catalog, List<PlatformFinding> findings)
    {
        foreach (var tell in catalog.Phrases)
        {
            var count = 0;
            var first = default(System.Text.RegularExpressions.ValueMatch);
            foreach (var match in tell.Pattern.EnumerateMatches(draft.MatchText))
            {
                first = count == 0 ? match : first;
                count++;
            }

            if (count > 0)
            {
                findings.Add(ToFinding(draft.Text, tell, first.Index, first.Length, count));
            }
        }
    }

    private static PlatformFinding ToFinding(string text, PhraseTell tell, int start, int length, int count)
    {
        var evidence = text.Substring(start, length).Trim();
        if (evidence.Length > EvidenceMax)
        {
            var cut = char.IsHighSurrogate(evidence[EvidenceMax - 1]) ? EvidenceMax - 1 : EvidenceMax;
            evidence = evidence[..cut] + "…";
        }

        var times = count > 1 ? $" It appears {count:N0} times." : string.Empty;
        return new PlatformFinding(tell.Severity, FindingCodes.AiTellPhrase, $"\"{evidence}\" {tell.Why}{times}", tell.Hint)
        {
            Span = new TextSpan(start, length),
            Evidence = evidence,
            TellId = tell.Id,
        };
    }
}

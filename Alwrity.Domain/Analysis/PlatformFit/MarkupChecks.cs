using System.Text.RegularExpressions;

namespace Alwrity.Domain.Analysis.PlatformFit;

/// <summary>
/// Finds formatting that a post would show as literal symbols: markdown (bold and italic markers, headings, links,
/// code fences) and HTML (tags and entities), typical of text pasted from a chat assistant, a document or an e-mail.
/// Every platform in the catalog posts plain text, so the check applies to all of them. Linear time: the patterns
/// run with <see cref="RegexOptions.NonBacktracking"/> and a timeout (<see cref="LinearPatterns"/>).
/// </summary>
internal static class MarkupChecks
{
    private const int EvidenceMax = 60;

    private static readonly MarkupKind[] Kinds =
    [
        new("bold or italic marker", "bold or italic markers", LinearPatterns.Compile(@"(?m)\*\*[^*\n]{1,200}\*\*|__[^_\n]{1,200}__|(?:^|[ \t(])\*[^*\s][^*\n]{0,200}\*(?:$|[\s.,;:!?)])")),
        new("markdown heading", "markdown headings", LinearPatterns.Compile(@"(?m)^[ \t]{0,3}#{1,6}[ \t]+\S")),
        new("markdown link", "markdown links", LinearPatterns.Compile(@"\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)")),
        new("code fence", "code fences", LinearPatterns.Compile(@"(?m)^[ \t]*(```|~~~)")),
        new("HTML tag", "HTML tags", LinearPatterns.Compile(@"</?(?i:p|br|hr|div|span|a|b|i|u|strong|em|ul|ol|li|h[1-6]|table|thead|tbody|tr|td|th|img|html|head|body|style|script|font|blockquote|code|pre)(?:[ \t/][^<>\n]{0,300})?>")),
        new("HTML entity", "HTML entities", LinearPatterns.Compile(@"&(?i:amp|nbsp|lt|gt|quot|apos|hellip|mdash|ndash|rsquo|lsquo|rdquo|ldquo|copy|reg|trade|#[0-9]{1,7}|#x[0-9a-f]{1,6});")),
    ];

    public static void Add(string platformName, DraftFacts draft, List<PlatformFinding> findings)
    {
        var found = new List<(MarkupKind Kind, int Count, TextSpan First)>();
        try
        {
            foreach (var kind in Kinds)
            {
                var count = 0;
                var first = new TextSpan(0, 0);
                foreach (var match in kind.Pattern.EnumerateMatches(draft.Text))
                {
                    first = count == 0 ? new TextSpan(match.Index, match.Length) : first;
                    count++;
                }

                if (count > 0)
                {
                    found.Add((kind, count, first));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Markup in text too large to scan in time is left unreported rather than failing the whole check.
        }

        if (found.Count == 0)
        {
            return;
        }

        var earliest = found.MinBy(f => f.First.Start).First;
        var total = found.Sum(f => f.Count);
        var parts = string.Join(", ", found.Select(f => f.Count == 1 ? $"1 {f.Kind.One}" : $"{f.Count:N0} {f.Kind.Many}"));
        findings.Add(new PlatformFinding(
            FindingSeverity.Warning,
            FindingCodes.MarkupShownAsText,
            $"{platformName} shows text exactly as typed, so {(total == 1 ? "this formatting" : "these formatting marks")} will appear as symbols: {parts}.",
            "Remove the markers and tags. For emphasis put a key line on its own, and paste links as plain addresses.")
        {
            Span = earliest,
            Evidence = Evidence(draft.Text, earliest),
        });
    }

    /// <summary>The rest of the line from the first mark: enough to find it in the draft.</summary>
    private static string Evidence(string text, TextSpan match)
    {
        var lineEnd = text.IndexOf('\n', match.Start);
        var end = Math.Max(match.Start + match.Length, lineEnd < 0 ? text.Length : lineEnd);
        return EvidenceText.Clip(text.AsSpan(match.Start, end - match.Start).Trim().ToString(), EvidenceMax);
    }

    private sealed record MarkupKind(string One, string Many, Regex Pattern);
}

using Alwrity.Domain.Platforms.Rules;
using Alwrity.Domain.Platforms.Text;

namespace Alwrity.Domain.Analysis.PlatformFit;

/// <summary>Findings about hashtags, links and mentions against the platform's norms.</summary>
internal static class NormChecks
{
    public static void Add(PlatformRules rules, TextEntities entities, List<PlatformFinding> findings)
    {
        AddHashtags(rules, entities.Hashtags, findings);
        AddLinks(rules, entities.Links, findings);
        AddMentions(rules, entities.Mentions.Count, findings);
    }

    private static void AddHashtags(PlatformRules rules, IReadOnlyList<TextRange> tags, List<PlatformFinding> findings)
    {
        var norm = rules.Hashtags;
        var count = tags.Count;
        var range = RangeText(norm.RecommendedMin, norm.RecommendedMax);
        if (norm.HardCap is { } cap && count > cap)
        {
            findings.Add(new PlatformFinding(
                FindingSeverity.Error,
                FindingCodes.HashtagCapExceeded,
                $"{count} hashtags: {rules.PlatformName} allows at most {cap} per {rules.ContentKind}.",
                $"Keep the {cap} most relevant hashtags and delete the rest.") { Span = SpanFrom(tags, cap) });
        }
        else if (norm.RecommendedMax is { } max && count > max)
        {
            findings.Add(new PlatformFinding(
                FindingSeverity.Warning,
                FindingCodes.TooManyHashtags,
                $"{count} hashtags: {range} work best on {rules.PlatformName}.",
                $"Keep the {max} most relevant hashtags.") { Span = SpanFrom(tags, max) });
        }
        else if (norm.RecommendedMin is { } min && min > 0 && count < min)
        {
            findings.Add(new PlatformFinding(
                FindingSeverity.Info,
                FindingCodes.TooFewHashtags,
                $"{count} hashtag{(count == 1 ? string.Empty : "s")}: {range} work best on {rules.PlatformName}.",
                $"Add {min - count} relevant hashtag{(min - count == 1 ? string.Empty : "s")} your audience follows."));
        }
    }

    private static void AddLinks(PlatformRules rules, IReadOnlyList<TextRange> links, List<PlatformFinding> findings)
    {
        var norm = rules.Links;
        if (!norm.Clickable && links.Count > 0)
        {
            findings.Add(new PlatformFinding(
                FindingSeverity.Warning,
                FindingCodes.LinksNotClickable,
                $"{links.Count} link{(links.Count == 1 ? string.Empty : "s")} in the text, but {rules.PlatformName} does not make links in a {rules.ContentKind} clickable.",
                "Put the link in your bio or a link sticker and say where to find it.") { Span = SpanFrom(links, 0) });
        }

        var limit = norm.HardCap ?? norm.RecommendedMax;
        if (limit is { } max && links.Count > max)
        {
            var severity = norm.HardCap is not null ? FindingSeverity.Error : FindingSeverity.Warning;
            var verb = norm.HardCap is not null ? "allows at most" : "works best with at most";
            findings.Add(new PlatformFinding(
                severity,
                FindingCodes.TooManyLinks,
                $"{links.Count} links: {rules.PlatformName} {verb} {max} per {rules.ContentKind}.",
                $"Keep the {max} links that matter; move the rest to a reply or comment.") { Span = SpanFrom(links, max) });
        }
    }

    private static void AddMentions(PlatformRules rules, int count, List<PlatformFinding> findings)
    {
        var norm = rules.Mentions;
        var limit = norm.HardCap ?? norm.RecommendedMax;
        if (limit is not { } max || count <= max)
        {
            return;
        }

        var basis = norm.Basis == "editorial" ? " (Alwrity's guideline, not a platform rule)" : string.Empty;
        findings.Add(new PlatformFinding(
            norm.HardCap is not null ? FindingSeverity.Error : FindingSeverity.Warning,
            FindingCodes.TooManyMentions,
            $"{count} mentions: more than {max} on {rules.PlatformName} reads as tag-spam{basis}.",
            $"Tag only the people who were involved; at most {max}."));
    }

    private static string RangeText(int? min, int? max) => (min, max) switch
    {
        ({ } a, { } b) when a == b => $"{a}",
        (null or 0, { } b) => $"at most {b}",
        ({ } a, { } b) => $"{a}-{b}",
        ({ } a, null) => $"at least {a}",
        _ => "a few",
    };

    private static TextSpan? SpanFrom(IReadOnlyList<TextRange> ranges, int index) =>
        index < ranges.Count ? new TextSpan(ranges[index].Start, ranges[^1].End - ranges[index].Start) : null;
}

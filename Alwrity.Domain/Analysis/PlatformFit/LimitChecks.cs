using Alwrity.Domain.Platforms.Counting;
using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Domain.Analysis.PlatformFit;

/// <summary>Findings about length: over the limit (with the platform's counting rule), over the byte or soft limit.</summary>
internal static class LimitChecks
{
    public static void Add(PlatformRules rules, LengthCount count, int limit, List<PlatformFinding> findings)
    {
        var unit = CountingRules.UnitName(count.CountingRule);
        if (count.Length > limit && count.VisibleLength <= limit)
        {
            var extra = count.Length - count.VisibleLength;
            findings.Add(new PlatformFinding(
                FindingSeverity.Error,
                FindingCodes.EscapingPushesOverLimit,
                $"The text reads as {count.VisibleLength:N0} characters, but {extra:N0} reserved characters (such as # @ ( ) _ *) are escaped for the {rules.PlatformName} API, making it {count.Length:N0}: {count.Length - limit:N0} over the {limit:N0} limit.",
                $"Cut at least {count.Length - limit:N0} characters, or fewer of | {{ }} @ [ ] ( ) < > # \\ * _ ~ (each counts twice)."));
        }
        else if (count.Length > limit)
        {
            findings.Add(new PlatformFinding(
                FindingSeverity.Error,
                FindingCodes.OverLimit,
                $"{count.Length:N0} {unit}: {count.Length - limit:N0} over the {rules.DisplayName} limit of {limit:N0}.",
                $"Cut at least {count.Length - limit:N0} to fit; this count follows {rules.PlatformName}'s own counting rule."));
        }
        else if (rules.SoftLimit is { } soft && count.Length > soft)
        {
            findings.Add(new PlatformFinding(
                FindingSeverity.Warning,
                FindingCodes.OverSoftLimit,
                $"{count.Length:N0} {unit}, over the {soft:N0} that some sources give for a {rules.DisplayName}. {rules.SoftLimitNote}".TrimEnd(),
                $"Stay under {soft:N0} to be safe, or split the piece."));
        }

        if (rules.ByteLimit is { } bytes && count.Utf8Bytes > bytes)
        {
            findings.Add(new PlatformFinding(
                FindingSeverity.Error,
                FindingCodes.OverByteLimit,
                $"{count.Utf8Bytes:N0} UTF-8 bytes: {count.Utf8Bytes - bytes:N0} over the {rules.PlatformName} byte limit of {bytes:N0}.",
                "Cut text; emoji and non-Latin scripts take 2-4 bytes each."));
        }
    }
}

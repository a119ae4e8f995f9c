using System.Text.Json;
using Alwrity.Domain.Analysis.PlatformFit;

namespace Alwrity.Tests.Analysis.PlatformFit;

public class PlatformFitContractTests
{
    [Fact]
    public void The_report_serialises_to_the_camel_case_contract()
    {
        var report = new PlatformFitChecker().Check("x", new string('a', 300));
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, JsonSerializerOptions.Web));
        var root = json.RootElement;

        Assert.Equal("x", root.GetProperty("platform").GetString());
        Assert.Equal(300, root.GetProperty("length").GetInt32());
        Assert.Equal(280, root.GetProperty("limit").GetInt32());
        Assert.Equal("x-weighted", root.GetProperty("countingRule").GetString());
        Assert.False(root.GetProperty("withinLimit").GetBoolean());
        Assert.Equal(280, root.GetProperty("foldText").GetString()!.Length);
        var finding = root.GetProperty("findings")[0];
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("over-limit", finding.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("hint").GetString()));
        Assert.Equal("docs.x.com counting-characters", root.GetProperty("rules").GetProperty("source").GetString());
        Assert.Equal("2026-11-23", root.GetProperty("rules").GetProperty("lastChecked").GetString());
    }

    [Fact]
    public void Severity_is_a_lower_case_string_even_with_default_serializer_options()
    {
        var finding = new PlatformFinding(FindingSeverity.Warning, FindingCodes.TooManyHashtags, "m", "h");
        Assert.Contains("\"warning\"", JsonSerializer.Serialize(finding), StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_are_ordered_errors_first()
    {
        var text = "Thrilled to announce " + new string('a', 300) + " #a1 #b2 #c3 #d4 #e5 #f6";
        var severities = new PlatformFitChecker().Check("instagram", text).Findings.Select(f => f.Severity).ToList();
        Assert.Equal(severities.OrderByDescending(s => s), severities);
        Assert.Equal(FindingSeverity.Error, severities[0]);
    }
}

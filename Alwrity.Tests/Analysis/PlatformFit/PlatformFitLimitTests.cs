using Alwrity.Domain.Analysis.PlatformFit;
using Alwrity.Domain.Platforms.Counting;
using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Tests.Analysis.PlatformFit;

public class PlatformFitLimitTests
{
    private readonly PlatformFitChecker _checker = new();

    [Fact]
    public void Draft_over_the_limit_is_flagged_with_the_platform_counting_rule()
    {
        // 130 CJK characters: 130 UTF-16 units, but X weighs each as 2, so 260 + "ok " + a 60-char URL (23) = 286.
        var text = "ok " + new string('語', 130) + " https://example.com/" + new string('x', 40);
        var report = _checker.Check("x", text);

        Assert.Equal(CountingRules.XWeighted, report.CountingRule);
        Assert.Equal(3 + 260 + 1 + 23, report.Length);
        Assert.False(report.WithinLimit);
        Assert.Equal(280 - 287, report.Remaining);
        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.OverLimit);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("287", finding.Message);
        Assert.Contains("7 over", finding.Message);
    }

    [Fact]
    public void The_same_text_fits_a_platform_that_counts_differently()
    {
        var text = "ok " + new string('語', 130) + " https://example.com/" + new string('x', 40);
        var report = _checker.Check("threads", text);

        Assert.True(report.WithinLimit);
        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.OverLimit);
    }

    [Fact]
    public void A_draft_at_exactly_the_limit_fits()
    {
        Assert.True(_checker.Check("x", new string('a', 280)).WithinLimit);
        Assert.False(_checker.Check("x", new string('a', 281)).WithinLimit);
    }

    [Fact]
    public void LinkedIn_escaping_that_pushes_a_fitting_draft_over_the_limit_is_an_error()
    {
        var text = new string('a', 2980) + string.Concat(Enumerable.Repeat("(", 20));
        var report = _checker.Check("linkedin", text);

        Assert.Equal(3000, report.VisibleLength);
        Assert.Equal(3020, report.Length);
        Assert.Equal(3020, report.ApiLength);
        Assert.False(report.WithinLimit);
        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.EscapingPushesOverLimit);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("20 over", finding.Message);
        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.OverLimit);
    }

    [Fact]
    public void Bluesky_flags_text_within_300_graphemes_but_over_3000_bytes()
    {
        var family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
        var report = _checker.Check("bluesky", string.Concat(Enumerable.Repeat(family, 121)));

        Assert.Equal(121, report.Length);
        Assert.Equal(121 * 25, report.Utf8Bytes);
        Assert.False(report.WithinLimit);
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.OverByteLimit && f.Severity == FindingSeverity.Error);
        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.OverLimit);
    }

    [Fact]
    public void A_mastodon_instance_limit_replaces_the_default_500()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 150)); // 749 characters
        Assert.False(_checker.Check("mastodon", text).WithinLimit);

        var report = _checker.Check("mastodon", text, new PlatformFitOptions { LimitOverride = 1000 });
        Assert.True(report.WithinLimit);
        Assert.Equal(1000, report.Limit);
        Assert.Equal(251, report.Remaining);
    }

    [Fact]
    public void A_linkedin_article_over_the_low_source_figure_gets_a_warning_not_an_error()
    {
        var text = string.Join(' ', Enumerable.Repeat("article", 6000)); // 47,999 characters
        var report = _checker.Check("linkedin-article", text);

        Assert.True(report.WithinLimit);
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.OverSoftLimit && f.Severity == FindingSeverity.Warning);
    }

    [Fact]
    public void A_comment_is_checked_against_the_linkedin_comment_limit()
    {
        var report = _checker.Check("linkedin-comment", new string('a', 1300));
        Assert.Equal(1250, report.Limit);
        Assert.False(report.WithinLimit);
    }

    [Fact]
    public void Unknown_platform_throws_unknown_platform_exception()
    {
        var error = Assert.Throws<UnknownPlatformException>(() => _checker.Check("orkut", "hello"));
        Assert.Contains("x", error.KnownPlatforms);
        Assert.Contains("orkut", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Empty_text_gets_an_empty_text_finding_instead_of_an_exception(string? text)
    {
        var report = _checker.Check("linkedin", text);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingCodes.EmptyText, finding.Code);
        Assert.Equal(string.Empty, report.FoldText);
    }

    [Fact]
    public void An_alias_reports_under_the_platform_key()
    {
        var report = _checker.Check("Twitter", "hello");
        Assert.Equal("x", report.Platform);
        Assert.Equal("docs.x.com counting-characters", report.Rules.Source);
    }
}

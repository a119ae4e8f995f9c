using Alwrity.Domain.Analysis.PlatformFit;

namespace Alwrity.Tests.Analysis.PlatformFit;

public class MarkupCheckTests
{
    private readonly PlatformFitChecker _checker = new();

    [Fact]
    public void Markdown_pasted_from_a_chat_assistant_is_flagged_with_what_will_show()
    {
        const string draft = "## Three lessons from our launch\n\n**Ship small.** We cut scope twice.\n\nRead the *whole* story: [our blog](https://example.com/launch)";

        var finding = Assert.Single(_checker.Check("linkedin", draft).Findings, f => f.Code == FindingCodes.MarkupShownAsText);

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("LinkedIn shows text exactly as typed", finding.Message);
        Assert.Contains("2 bold or italic markers", finding.Message);
        Assert.Contains("1 markdown heading", finding.Message);
        Assert.Contains("1 markdown link", finding.Message);
        Assert.Equal(0, finding.Span!.Start);
        Assert.StartsWith("## Three", finding.Evidence);
    }

    [Fact]
    public void Html_from_an_email_is_flagged_on_every_platform()
    {
        const string draft = "<p>Hi &amp; welcome,<br>your order has shipped.</p>";

        foreach (var platform in new[] { "linkedin", "facebook", "x", "instagram", "threads", "bluesky", "mastodon" })
        {
            var finding = Assert.Single(_checker.Check(platform, draft).Findings, f => f.Code == FindingCodes.MarkupShownAsText);
            Assert.Contains("3 HTML tags", finding.Message);
            Assert.Contains("1 HTML entity", finding.Message);
        }
    }

    [Theory]
    [InlineData("We grew 40% this year. #growth #marketing")]
    [InlineData("#1 lesson: listen first.\n#2 lesson: write second.")]
    [InlineData("Price: 5 * 3 = 15, and 2 < 3 > 1 & so on.")]
    [InlineData("- a bullet\n* another bullet\n1. a numbered step")]
    [InlineData("Email me at a_b_c@example.com or see example.com/path_to_page")]
    public void Plain_posts_with_hashtags_bullets_and_symbols_are_not_flagged(string draft)
    {
        Assert.DoesNotContain(_checker.Check("linkedin", draft).Findings, f => f.Code == FindingCodes.MarkupShownAsText);
    }
}

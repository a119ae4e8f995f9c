using Alwrity.Domain.Analysis.PlatformFit;

namespace Alwrity.Tests.Analysis.PlatformFit;

public class PlatformNormTests
{
    private const string Body = "We cut our release checklist from forty steps to twelve and shipped twice as often.";

    private readonly PlatformFitChecker _checker = new();

    private static string WithTags(int count) =>
        Body + " " + string.Join(' ', Enumerable.Range(1, count).Select(i => $"#topic{(char)('a' + i)}"));

    [Fact]
    public void Nine_hashtags_on_linkedin_warn_because_three_to_five_work_best()
    {
        var report = _checker.Check("linkedin", WithTags(9));

        Assert.Equal(9, report.HashtagCount);
        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.TooManyHashtags);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("9 hashtags", finding.Message);
        Assert.Contains("3-5", finding.Message);
    }

    [Fact]
    public void Four_hashtags_on_linkedin_are_within_the_norm()
    {
        var report = _checker.Check("linkedin", WithTags(4));
        Assert.DoesNotContain(report.Findings, f => f.Code is FindingCodes.TooManyHashtags or FindingCodes.TooFewHashtags or FindingCodes.HashtagBlock);
    }

    [Fact]
    public void Facebook_warns_from_three_hashtags_and_suggests_one_when_there_are_none()
    {
        Assert.Contains(_checker.Check("facebook", WithTags(3)).Findings, f => f.Code == FindingCodes.TooManyHashtags);
        Assert.DoesNotContain(_checker.Check("facebook", WithTags(2)).Findings, f => f.Code == FindingCodes.TooManyHashtags);
        var none = Assert.Single(_checker.Check("facebook", Body).Findings, f => f.Code == FindingCodes.TooFewHashtags);
        Assert.Equal(FindingSeverity.Info, none.Severity);
    }

    [Fact]
    public void More_than_five_hashtags_on_instagram_is_an_error()
    {
        var six = Assert.Single(_checker.Check("instagram", WithTags(6)).Findings, f => f.Code == FindingCodes.HashtagCapExceeded);
        Assert.Equal(FindingSeverity.Error, six.Severity);
        Assert.DoesNotContain(_checker.Check("instagram", WithTags(5)).Findings, f => f.Code == FindingCodes.HashtagCapExceeded);
    }

    [Theory]
    [InlineData("Details at https://example.com/launch")]
    [InlineData("Details at example.com/launch")]
    public void Links_in_an_instagram_caption_are_flagged_as_not_clickable(string text)
    {
        var report = _checker.Check("instagram", text);
        Assert.Equal(1, report.LinkCount);
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.LinksNotClickable);
        Assert.DoesNotContain(_checker.Check("linkedin", text).Findings, f => f.Code == FindingCodes.LinksNotClickable);
    }

    [Fact]
    public void Threads_allows_at_most_five_links()
    {
        var links = string.Join(' ', Enumerable.Range(1, 6).Select(i => $"https://example.com/{i}"));
        var finding = Assert.Single(_checker.Check("threads", links).Findings, f => f.Code == FindingCodes.TooManyLinks);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("6 links", finding.Message);

        var five = string.Join(' ', Enumerable.Range(1, 5).Select(i => $"https://example.com/{i}"));
        Assert.DoesNotContain(_checker.Check("threads", five).Findings, f => f.Code == FindingCodes.TooManyLinks);
    }

    [Fact]
    public void Tagging_many_people_on_linkedin_warns()
    {
        var text = Body + " Thanks @ana @ben @cara @dev @eli @fay";
        var report = _checker.Check("linkedin", text);
        Assert.Equal(6, report.MentionCount);
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.TooManyMentions);
    }

    [Fact]
    public void Hashtags_and_mentions_inside_links_and_emails_are_not_counted()
    {
        var report = _checker.Check("linkedin", "Docs at https://example.com/page#setup, mail team@example.com, issue #42.");
        Assert.Equal(0, report.HashtagCount);
        Assert.Equal(0, report.MentionCount);
        Assert.Equal(1, report.LinkCount);
    }
}

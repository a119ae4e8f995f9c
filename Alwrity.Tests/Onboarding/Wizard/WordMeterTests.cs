using Alwrity.Domain.Onboarding.Drafts;
using Alwrity.Tests.TestSupport;
using Alwrity.Web.Onboarding;
using Bunit;

namespace Alwrity.Tests.Onboarding.Wizard;

public sealed class WordMeterTests : MudComponentTest
{
    [Theory]
    [InlineData(0, "Add some of your own writing")]
    [InlineData(300, "add about 2,200 more words")]
    [InlineData(1200, "Add about 1,300 more words for a reliable picture")]
    [InlineData(3000, "2,000 more words would make it the best picture")]
    [InlineData(6000, "enough text")]
    public void The_word_meter_says_what_is_missing(int words, string advice)
    {
        var meter = Render<WordMeter>(p => p.Add(m => m.Words, new WordTally(words, 0, 0)));

        Assert.Contains(advice, meter.Find("#word-meter-advice").TextContent);
    }

    [Fact]
    public void The_meter_adds_up_pasted_text_files_and_read_website_pages_but_not_unread_ones()
    {
        var form = new OnboardingForm();
        form.Samples[0].Text = string.Join(' ', Enumerable.Repeat("word", 1000));
        form.Files.Add(new DraftFile("post.txt", "Post", "text", 700));
        form.WebsiteUrl = "example.com";
        form.Website = new DraftWebsite("example.com", "https://example.com/",
        [
            new DraftPage("https://example.com/", "Home", 300, "…", null, true, "read text"),
            new DraftPage("https://example.com/blog", "Blog", 900, "…", null, true, null),
            new DraftPage("https://example.com/shop", "Shop", 400, "…", null, false, "read but not picked"),
        ]);

        var meter = Render<WordMeter>(p => p.Add(m => m.Words, form.Words));

        Assert.Equal("2,000 words collected", meter.Find("#word-meter-total").TextContent.Trim());
        Assert.Contains("Pasted 1,000 · files 700 · website 300", meter.Find("#word-meter-sources").TextContent);
        Assert.Contains("Add about 500 more words", meter.Find("#word-meter-advice").TextContent);
    }
}

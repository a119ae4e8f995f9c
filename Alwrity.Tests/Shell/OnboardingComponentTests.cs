using Alwrity.Tests.TestSupport;
using Alwrity.Web.Onboarding;
using Bunit;

namespace Alwrity.Tests.Shell;

public sealed class OnboardingComponentTests : MudComponentTest
{
    [Theory]
    [InlineData(0, "Paste some of your own writing")]
    [InlineData(300, "add about 2,200 more words")]
    [InlineData(1200, "Add about 1,300 more words for a reliable picture")]
    [InlineData(3000, "2,000 more words would make it the best picture")]
    [InlineData(6000, "enough text")]
    public void The_word_meter_says_what_is_missing(int words, string advice)
    {
        var meter = Render<WordMeter>(p => p.Add(m => m.Words, words));

        Assert.Contains(advice, meter.Find("#word-meter-advice").TextContent);
    }

    [Fact]
    public void The_form_turns_comma_lists_into_clean_profile_answers_and_only_checked_platforms()
    {
        var form = new OnboardingForm { BrandValues = "honesty, craft, , Honesty", AvoidWords = "synergy", Facebook = false };
        form.Samples[0].Text = "One two three.";

        var request = form.ToRequest();

        Assert.Equal(["honesty", "craft"], request.Profile!.BrandValues);
        Assert.Equal(["linkedin"], request.Platforms);
        Assert.Equal("Sample 1", request.Samples![0].Title);
    }
}

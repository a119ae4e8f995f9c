using System.Globalization;
using Alwrity.Domain.Analysis.PlatformFit;

namespace Alwrity.Tests.Analysis.PlatformFit;

public class FoldTextTests
{
    private const string LongPost =
        "Hiring is slow because every team writes its own job description from scratch. " +
        "We replaced ours with a shared template, trimmed the interview loop to three conversations, " +
        "and told every candidate within two days. Time to offer fell from six weeks to eighteen days, " +
        "and acceptance went up. The template is linked in the comments for anyone who wants it.";

    private readonly PlatformFitChecker _checker = new();

    [Theory]
    [InlineData("linkedin", 140, 210)]
    [InlineData("facebook", 125, 477)]
    [InlineData("instagram", 125, 125)]
    public void Fold_text_is_cut_at_a_word_boundary_and_never_longer_than_the_budget(string platform, int mobile, int desktop)
    {
        var report = _checker.Check(platform, LongPost);

        Assert.True(report.CutOnMobile);
        AssertCleanPrefix(report.FoldText, mobile);
        if (desktop < LongPost.Length)
        {
            AssertCleanPrefix(report.DesktopFoldText, desktop);
        }
    }

    [Fact]
    public void Linkedin_mobile_fold_counts_each_line_break_as_the_rest_of_a_line()
    {
        const string text = "Short line one.\n\nShort line two.\n\nShort line three.\n\nShort line four.";
        var report = _checker.Check("linkedin", text);

        // Three mobile lines of about 47 characters: line one, the blank line, line two.
        Assert.Equal("Short line one.\n\nShort line two.", report.FoldText);
        Assert.True(report.CutOnMobile);
        Assert.True(report.FoldText.Length < 140);
    }

    [Fact]
    public void A_short_post_is_shown_whole()
    {
        var report = _checker.Check("linkedin", "  Shipped the new onboarding flow today.  ");
        Assert.False(report.CutOnMobile);
        Assert.Equal("Shipped the new onboarding flow today.", report.FoldText);
    }

    [Fact]
    public void A_single_long_word_is_cut_inside_the_word_at_the_budget()
    {
        var report = _checker.Check("instagram", new string('x', 300));
        Assert.Equal(125, report.FoldText.Length);
    }

    [Fact]
    public void Fold_counts_an_emoji_as_one_character_and_never_splits_it()
    {
        var family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
        var report = _checker.Check("instagram", string.Concat(Enumerable.Repeat(family, 200)));
        Assert.Equal(125, new StringInfo(report.FoldText).LengthInTextElements);
        Assert.Equal(125 * family.Length, report.FoldText.Length);
    }

    [Fact]
    public void A_hook_longer_than_the_mobile_fold_is_flagged()
    {
        var report = _checker.Check("linkedin", LongPost.Replace("scratch. We", "scratch, and we", StringComparison.Ordinal));

        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.HookCutByFold);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("140", finding.Message);
        Assert.Equal(0, finding.Span!.Start);
        Assert.True(finding.Span.Length > 140);
    }

    [Fact]
    public void A_hook_that_fits_before_see_more_is_not_flagged()
    {
        var report = _checker.Check("linkedin", LongPost);
        Assert.True(report.CutOnMobile);
        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.HookCutByFold);
    }

    [Fact]
    public void Platforms_without_a_fold_show_the_whole_text()
    {
        var report = _checker.Check("mastodon", LongPost);
        Assert.False(report.HasFold);
        Assert.False(report.CutOnMobile);
        Assert.Equal(LongPost, report.FoldText);
    }

    private static void AssertCleanPrefix(string fold, int budget)
    {
        Assert.StartsWith(fold, LongPost, StringComparison.Ordinal);
        Assert.InRange(new StringInfo(fold).LengthInTextElements, budget - 20, budget);
        Assert.True(char.IsWhiteSpace(LongPost[fold.Length]), $"The fold \"{fold}\" ends inside a word.");
        Assert.False(char.IsWhiteSpace(fold[^1]));
    }
}

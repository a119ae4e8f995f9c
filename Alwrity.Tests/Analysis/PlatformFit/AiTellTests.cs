using Alwrity.Domain.Analysis.PlatformFit;

namespace Alwrity.Tests.Analysis.PlatformFit;

public class AiTellTests
{
    private static readonly string[] AiCodes =
    [
        FindingCodes.AiTellPhrase, FindingCodes.EmDashHeavy, FindingCodes.EmojiWall,
        FindingCodes.HashtagBlock, FindingCodes.EngagementBaitQuestion,
    ];

    private readonly PlatformFitChecker _checker = new();

    [Theory]
    [InlineData("Thrilled to announce that our team won the regional award.", "thrilled-to-announce")]
    [InlineData("I\u2019m so excited to share our new pricing page.", "thrilled-to-announce")]
    [InlineData("Humbled and honored to share this news.", "thrilled-to-announce")]
    [InlineData("In today\u2019s fast-paced world, teams need clarity.", "fast-paced-world")]
    [InlineData("Let\u2019s delve into the numbers.", "delve")]
    [InlineData("This tool is a game-changer for support teams.", "game-changer")]
    [InlineData("Unlock the power of your data.", "unlock-the-power")]
    [InlineData("Revenue doubled in a year. Let that sink in.", "let-that-sink-in")]
    [InlineData("Here's the thing: nobody reads the docs.", "heres-the-thing")]
    [InlineData("It\u2019s not just a tool \u2014 it\u2019s a mindset.", "its-not-x-its-y")]
    [InlineData("It's not a tool. It's a mindset.", "its-not-x-its-y")]
    [InlineData("Leadership is not just a title -- it's a daily practice.", "not-just-dash")]
    [InlineData("Leadership is not only a title - it's a daily practice.", "not-just-dash")]
    [InlineData("Certainly! Here's a LinkedIn post about our launch.", "chatbot-leftover")]
    public void Known_ai_phrases_are_flagged_with_where_they_are(string text, string tellId)
    {
        var report = _checker.Check("linkedin", text);

        var finding = Assert.Single(report.Findings, f => f.TellId == tellId);
        Assert.Equal(FindingCodes.AiTellPhrase, finding.Code);
        Assert.NotEmpty(finding.Hint);
        var span = finding.Span!;
        Assert.Equal(finding.Evidence, text.Substring(span.Start, span.Length).Trim());
        Assert.Contains(finding.Evidence!, finding.Message);
    }

    [Fact]
    public void A_repeated_phrase_is_reported_once_with_its_count()
    {
        var report = _checker.Check("linkedin", "We delve into costs. Then we delve into hiring. Then we delved into churn.");
        var finding = Assert.Single(report.Findings, f => f.TellId == "delve");
        Assert.Contains("3 times", finding.Message);
    }

    [Fact]
    public void Em_dash_heavy_prose_is_flagged_with_its_rate()
    {
        const string text = "We shipped \u2014 finally \u2014 the new dashboard. It is fast \u2014 really fast \u2014 and simple.";
        var finding = Assert.Single(_checker.Check("linkedin", text).Findings, f => f.Code == FindingCodes.EmDashHeavy);
        Assert.StartsWith("4 dashes in 13 words", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hyphenated_words_ranges_and_bullets_are_not_counted_as_dashes()
    {
        const string text = "Our year-over-year growth in 2019\u20132020 was steady.\n- first point\n- second point\n- third point";
        Assert.DoesNotContain(_checker.Check("linkedin", text).Findings, f => f.Code == FindingCodes.EmDashHeavy);
    }

    [Fact]
    public void A_run_of_four_emoji_is_an_emoji_wall()
    {
        var report = _checker.Check("linkedin", "Launch day \U0001F680\U0001F525 \U0001F4A1\u2705 see you there.");
        Assert.Equal(4, report.EmojiCount);
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.EmojiWall && f.Message.StartsWith("4 emoji in a row", StringComparison.Ordinal));
    }

    [Fact]
    public void Emoji_on_every_line_is_an_emoji_wall()
    {
        const string text = "\U0001F680 We launched.\n\U0001F4C8 Sales grew.\n\U0001F91D We hired three people.\n\U0001F389 Thanks, team.";
        Assert.Contains(_checker.Check("linkedin", text).Findings, f => f.Code == FindingCodes.EmojiWall);
    }

    [Fact]
    public void A_closing_engagement_question_is_flagged()
    {
        var report = _checker.Check("linkedin", "We moved our standups to async notes and got four hours back a week.\n\nWhat do you think? \U0001F447\n\n#remotework #teams");
        var finding = Assert.Single(report.Findings, f => f.Code == FindingCodes.EngagementBaitQuestion);
        Assert.Contains("What do you think?", finding.Message);
        Assert.Contains(_checker.Check("x", "Async standups saved us four hours a week. Agree?").Findings, f => f.Code == FindingCodes.EngagementBaitQuestion);
    }

    [Fact]
    public void A_specific_closing_question_is_not_engagement_bait()
    {
        var report = _checker.Check("linkedin", "We moved standups to async notes. Which tool do your remote teams use for written standups?");
        Assert.DoesNotContain(report.Findings, f => f.Code == FindingCodes.EngagementBaitQuestion);
    }

    [Fact]
    public void A_block_of_hashtags_at_the_end_is_flagged()
    {
        var report = _checker.Check("x", "Async standups saved us four hours a week.\n\n#remote #work #teams #productivity");
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.HashtagBlock);
    }

    [Fact]
    public void Curly_and_straight_apostrophes_and_any_case_match_the_same_tell()
    {
        foreach (var text in new[] { "HERE'S THE THING: it works.", "Here\u2019s the thing: it works.", "here\u2018s the thing: it works." })
        {
            Assert.Contains(_checker.Check("linkedin", text).Findings, f => f.TellId == "heres-the-thing");
        }
    }

    [Fact]
    public void Plain_professional_prose_has_no_ai_tells()
    {
        const string text =
            "Last quarter our support team answered 4,200 tickets. Median first response time fell from 9 hours to 2, " +
            "mostly because we stopped routing every ticket through one inbox. Each product area now owns its queue, " +
            "and the on-call engineer reviews the oldest five tickets every morning.\n\n" +
            "Two things did not work: a chatbot that answered billing questions badly, and a weekly report nobody read. " +
            "We removed both. Next quarter we will publish the queue dashboards so customers can see waiting times.\n\n" +
            "Thanks to Priya and Tom for running the pilot. #customersupport #operations #saas";

        foreach (var platform in new[] { "linkedin", "facebook", "threads", "mastodon", "bluesky" })
        {
            var report = _checker.Check(platform, text);
            Assert.DoesNotContain(report.Findings, f => AiCodes.Contains(f.Code));
        }
    }

    [Fact]
    public void Ai_tell_checks_can_be_turned_off()
    {
        var report = _checker.Check("linkedin", "Thrilled to announce our game-changer!", new PlatformFitOptions { CheckAiTells = false });
        Assert.DoesNotContain(report.Findings, f => AiCodes.Contains(f.Code));
    }
}

using Alwrity.Domain.Platforms.Counting;

namespace Alwrity.Tests.Platforms;

/// <summary>Hand-verified counts for Bluesky, Threads, LinkedIn, Mastodon, Facebook and Instagram.</summary>
public class PlatformCountingRuleTests
{
    private const string Family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
    private const string Flag = "\U0001F1EB\U0001F1F7";

    [Fact]
    public void Bluesky_counts_a_family_emoji_and_a_flag_as_one_grapheme_each()
    {
        Assert.Equal(1, PlatformLengthCounter.Graphemes(Family));
        Assert.Equal(1, PlatformLengthCounter.Graphemes(Flag));
        Assert.Equal(1, PlatformLengthCounter.Graphemes("e\u0301"));
        Assert.Equal(3 + 1 + 1, PlatformLengthCounter.Graphemes("Hi " + Family + Flag));
    }

    [Fact]
    public void Bluesky_also_measures_utf8_bytes()
    {
        var count = PlatformLengthCounter.Count(CountingRules.Graphemes, Family);
        Assert.Equal(1, count.Length);
        Assert.Equal(25, count.Utf8Bytes);
    }

    [Theory]
    [InlineData("\U0001F44D", 4)] // thumbs up: 4 UTF-8 bytes
    [InlineData("Hi \U0001F44D", 7)]
    [InlineData("\u2764\uFE0F", 6)] // heart + VS16: 3 + 3 bytes
    [InlineData("caf\u00E9", 4)] // other characters count 1
    [InlineData("日本", 2)]
    public void Threads_counts_emoji_by_their_utf8_bytes_and_other_characters_as_one(string text, int expected)
    {
        Assert.Equal(expected, PlatformLengthCounter.ThreadsLength(text));
    }

    [Fact]
    public void Threads_counts_a_family_emoji_as_its_25_bytes()
    {
        Assert.Equal(25, PlatformLengthCounter.ThreadsLength(Family));
    }

    [Theory]
    [InlineData("(a)", 3, 5)]
    [InlineData("#hiring", 7, 8)]
    [InlineData("plain words", 11, 11)]
    [InlineData("a_b*c~d|e\\f", 11, 16)]
    [InlineData("@[x]{y}<z>", 10, 17)]
    public void LinkedIn_reports_the_visible_length_and_the_api_escaped_length(string text, int visible, int api)
    {
        var count = PlatformLengthCounter.Count(CountingRules.LinkedInLittleText, text);
        Assert.Equal(visible, count.VisibleLength);
        Assert.Equal(api, count.Length);
        Assert.Equal(api, LinkedInLittleText.Escape(text).Length);
    }

    [Fact]
    public void LinkedIn_escaping_puts_a_backslash_before_each_reserved_character()
    {
        Assert.Equal("\\(a\\) \\#tag", LinkedInLittleText.Escape("(a) #tag"));
        Assert.Equal("no reserved characters", LinkedInLittleText.Escape("no reserved characters"));
    }

    [Fact]
    public void LinkedIn_counts_an_emoji_outside_the_bmp_as_two_utf16_units()
    {
        Assert.Equal(2, PlatformLengthCounter.LinkedInVisibleLength("\U0001F44D"));
    }

    [Theory]
    [InlineData("@alice@example.social", 6)]
    [InlineData("Hi @alice@example.social!", 3 + 6 + 1)]
    [InlineData("@alice", 6)]
    [InlineData("mail alice@example.social", 25)] // an email address is not a mention
    public void Mastodon_counts_a_mention_as_its_username_only(string text, int expected)
    {
        Assert.Equal(expected, PlatformLengthCounter.MastodonLength(text));
    }

    [Fact]
    public void Mastodon_counts_every_http_url_as_23_but_bare_domains_as_typed()
    {
        Assert.Equal(23, PlatformLengthCounter.MastodonLength("https://example.com/" + new string('p', 60)));
        Assert.Equal(4 + 23, PlatformLengthCounter.MastodonLength("see http://a.io"));
        Assert.Equal(11, PlatformLengthCounter.MastodonLength("example.com"));
    }

    [Fact]
    public void Mastodon_counts_the_content_warning_and_graphemes()
    {
        Assert.Equal(2 + 1, PlatformLengthCounter.MastodonLength(Family, contentWarning: "cw"));
    }

    [Fact]
    public void Facebook_and_instagram_count_utf16_code_units()
    {
        var count = PlatformLengthCounter.Count(CountingRules.Utf16CodeUnits, "ok \U0001F44D");
        Assert.Equal(5, count.Length);
    }

    [Fact]
    public void Lone_surrogates_are_counted_without_throwing()
    {
        const string broken = "a\uD83Db\uDC00";
        foreach (var rule in CountingRules.All)
        {
            var count = PlatformLengthCounter.Count(rule, broken);
            Assert.InRange(count.Length, 4, 8);
        }

        Assert.Equal(1 + 2 + 1 + 2, PlatformLengthCounter.XWeighted(broken)); // each lone surrogate is U+FFFD, weight 2
    }
}

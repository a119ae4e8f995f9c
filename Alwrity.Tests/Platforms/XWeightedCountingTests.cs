using Alwrity.Domain.Platforms.Counting;

namespace Alwrity.Tests.Platforms;

/// <summary>Hand-verified against docs.x.com "Counting characters" and the twitter-text v3 weights.</summary>
public class XWeightedCountingTests
{
    [Fact]
    public void A_24_character_url_counts_as_23()
    {
        const string url = "https://example.com/abcd";
        Assert.Equal(24, url.Length);
        Assert.Equal(23, PlatformLengthCounter.XWeighted(url));
        Assert.Equal(5 + 23, PlatformLengthCounter.XWeighted("Read " + url));
    }

    [Fact]
    public void A_long_url_and_a_bare_domain_with_a_path_both_count_as_23()
    {
        Assert.Equal(23, PlatformLengthCounter.XWeighted("https://example.com/" + new string('a', 200)));
        Assert.Equal(4 + 23, PlatformLengthCounter.XWeighted("see example.com/path"));
        Assert.Equal(4 + 23 + 1, PlatformLengthCounter.XWeighted("see example.com."));
    }

    [Fact]
    public void An_address_whose_host_has_a_label_longer_than_63_letters_is_not_a_link()
    {
        var tooLong = "https://" + new string('a', 64) + ".com";
        var longest = "https://" + new string('a', 63) + ".com";

        Assert.Equal(tooLong.Length, PlatformLengthCounter.XWeighted(tooLong)); // as twitter-text counts it
        Assert.Equal(23, PlatformLengthCounter.XWeighted(longest));
    }

    [Theory]
    [InlineData("node.js", 7)]
    [InlineData("alice@example.com", 17)]
    [InlineData("e.g.", 4)]
    [InlineData("3.14", 4)]
    public void Words_with_dots_that_are_not_links_count_as_typed(string text, int expected)
    {
        Assert.Equal(expected, PlatformLengthCounter.XWeighted(text));
    }

    [Fact]
    public void A_zwj_family_emoji_counts_2()
    {
        const string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
        Assert.Equal(11, family.Length);
        Assert.Equal(2, PlatformLengthCounter.XWeighted(family));
        Assert.Equal(3 + 2, PlatformLengthCounter.XWeighted("Hi " + family));
    }

    [Theory]
    [InlineData("\U0001F1EB\U0001F1F7")] // flag of France
    [InlineData("\U0001F44D\U0001F3FD")] // thumbs up, medium skin tone
    [InlineData("1\uFE0F\u20E3")] // keycap one
    [InlineData("\u2764\uFE0F")] // red heart with VS16
    [InlineData("\U0001F600")] // grinning face
    public void Each_emoji_sequence_counts_2_as_a_whole(string emoji)
    {
        Assert.Equal(2, PlatformLengthCounter.XWeighted(emoji));
    }

    [Fact]
    public void Cjk_characters_count_2_each()
    {
        Assert.Equal(6, PlatformLengthCounter.XWeighted("日本語"));
        Assert.Equal(2 + 1 + 4, PlatformLengthCounter.XWeighted("ok 한국"));
    }

    [Fact]
    public void Composed_and_decomposed_accents_count_the_same_after_nfc()
    {
        var composed = "caf\u00E9";
        var decomposed = "cafe\u0301";
        Assert.NotEqual(composed.Length, decomposed.Length);
        Assert.Equal(4, PlatformLengthCounter.XWeighted(composed));
        Assert.Equal(PlatformLengthCounter.XWeighted(composed), PlatformLengthCounter.XWeighted(decomposed));
    }

    [Theory]
    [InlineData("\u201Cquoted\u201D", 8)] // curly quotes are in U+2010–U+201F: 1 each
    [InlineData("a\u2014b", 3)] // em dash U+2014: 1
    [InlineData("wait\u2026", 6)] // ellipsis U+2026 is outside the light ranges: 2
    [InlineData("\U0001D400", 2)] // mathematical bold A: 2
    [InlineData("\u00E9\u00DF\u0416\u05D0", 4)] // Latin-1, Cyrillic, Hebrew are all below U+1100: 1 each
    public void Punctuation_and_scripts_follow_the_weight_ranges(string text, int expected)
    {
        Assert.Equal(expected, PlatformLengthCounter.XWeighted(text));
    }
}

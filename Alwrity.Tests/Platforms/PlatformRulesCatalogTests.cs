using Alwrity.Domain.Platforms.Counting;
using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Tests.Platforms;

public class PlatformRulesCatalogTests
{
    private static readonly PlatformRulesCatalog Catalog = PlatformRulesCatalog.Default;

    [Theory]
    [InlineData("linkedin", 3000)]
    [InlineData("facebook", 63206)]
    [InlineData("x", 280)]
    [InlineData("instagram", 2200)]
    [InlineData("threads", 500)]
    [InlineData("bluesky", 300)]
    [InlineData("mastodon", 500)]
    [InlineData("linkedin-comment", 1250)]
    public void Each_required_platform_has_its_published_limit(string key, int limit)
    {
        Assert.Equal(limit, Catalog.Get(key).HardLimit);
    }

    [Fact]
    public void Every_platform_in_the_catalog_has_a_source_and_a_last_checked_date()
    {
        Assert.NotEmpty(Catalog.All);
        Assert.All(Catalog.All, rules =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rules.Source), $"{rules.Key} has no source");
            Assert.Equal(new DateOnly(2026, 11, 23), rules.LastChecked);
            Assert.Contains(rules.CountingRule, CountingRules.All);
        });
    }

    [Theory]
    [InlineData("twitter", "x")]
    [InlineData("TWITTER", "x")]
    [InlineData(" LinkedIn ", "linkedin")]
    [InlineData("fb", "facebook")]
    [InlineData("ig", "instagram")]
    [InlineData("bsky", "bluesky")]
    public void Lookups_ignore_case_and_accept_aliases(string asked, string key)
    {
        Assert.True(Catalog.TryGet(asked, out var rules));
        Assert.Equal(key, rules.Key);
        Assert.Same(rules, Catalog.Get(asked));
    }

    [Theory]
    [InlineData("myspace")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_platform_throws_with_the_list_of_known_platforms(string? key)
    {
        Assert.False(Catalog.TryGet(key, out _));
        var error = Assert.Throws<UnknownPlatformException>(() => Catalog.Get(key));
        Assert.Equal(key ?? string.Empty, error.Platform);
        Assert.Contains("linkedin", error.KnownPlatforms);
        Assert.Contains("mastodon", error.KnownPlatforms);
        Assert.Contains("mastodon", error.Message);
    }

    [Fact]
    public void Rules_carry_the_norms_the_checker_enforces()
    {
        Assert.Equal(5, Catalog.Get("instagram").Hashtags.HardCap);
        Assert.False(Catalog.Get("instagram").Links.Clickable);
        Assert.Equal(5, Catalog.Get("threads").Links.HardCap);
        Assert.Equal((3, 5), (Catalog.Get("linkedin").Hashtags.RecommendedMin, Catalog.Get("linkedin").Hashtags.RecommendedMax));
        Assert.Equal(140, Catalog.Get("linkedin").Fold!.Mobile);
        Assert.Equal(3000, Catalog.Get("bluesky").ByteLimit);
    }

    [Fact]
    public void A_rules_file_without_a_source_is_rejected()
    {
        const string json = """
            { "platforms": [ { "key": "p", "displayName": "P post", "platformName": "P", "hardLimit": 10, "countingRule": "graphemes",
              "source": " ", "lastChecked": "2026-11-23" } ] }
            """;
        Assert.Throws<InvalidDataException>(() => PlatformRulesCatalog.FromJson(json));
    }

    [Theory]
    [InlineData("{ \"platforms\": [ { \"key\": \"p\" } ] }")]
    [InlineData("not json")]
    [InlineData("{ }")]
    public void A_malformed_rules_file_is_rejected_with_a_clear_error(string json)
    {
        Assert.Throws<InvalidDataException>(() => PlatformRulesCatalog.FromJson(json));
    }
}

using System.Text.Json;
using Alwrity.Domain.Onboarding;

namespace Alwrity.Tests.Onboarding;

public sealed class ProfileAndPastedTextTests
{
    [Fact]
    public void Brand_values_may_arrive_as_one_string_or_as_an_array()
    {
        var fromString = JsonSerializer.Deserialize<ProfileAnswers>("""{"industry":"SaaS","brandValues":"honest, practical; warm","avoidWords":["synergy"," leverage ",""]}""", JsonSerializerOptions.Web)!;
        var fromArray = JsonSerializer.Deserialize<ProfileAnswers>("""{"brandValues":["honest","practical","Honest"]}""", JsonSerializerOptions.Web)!;

        Assert.Equal(["honest", "practical", "warm"], fromString.BrandValues);
        Assert.Equal(["synergy", "leverage"], fromString.AvoidWords);
        Assert.Empty(fromString.TargetPlatforms);
        Assert.Equal(["honest", "practical"], fromArray.BrandValues);
        Assert.Empty(fromArray.AvoidWords);
    }

    [Fact]
    public void Profile_answers_serialise_in_camel_case_with_lists()
    {
        var json = JsonSerializer.Serialize(new ProfileAnswers("Retail", "Shop owners", "More replies", ["kind"], [], ["linkedin"]), JsonSerializerOptions.Web);

        Assert.Contains("\"brandValues\":[\"kind\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"targetPlatforms\":[\"linkedin\"]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Pasted_text_is_tidied_counted_and_given_a_stable_id()
    {
        var first = PastedText.Collect("Hello   there.\r\n\r\n\r\nSecond  paragraph here.");
        var again = PastedText.Collect("Hello there.\n\nSecond paragraph here.");

        Assert.Equal("Hello there.\n\nSecond paragraph here.", first.Text);
        Assert.Equal(5, first.WordCount);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(CollectedKinds.Pasted, first.Kind);
        Assert.Null(first.Source);
    }

    [Fact]
    public void Pasted_text_over_the_limit_or_empty_is_refused()
    {
        Assert.Equal("too-large", Assert.Throws<OnboardingInputException>(() => PastedText.Collect(new string('a', 101), maxChars: 100)).Code);
        Assert.Equal("empty", Assert.Throws<OnboardingInputException>(() => PastedText.Collect(" … -- ")).Code);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Alwrity.Tests.TestSupport;

namespace Alwrity.Tests.Analysis.Api;

/// <summary>
/// Text people really paste — chat logs, lyrics, ASCII art, code, other scripts — through all three analysis
/// endpoints. Each must answer 200 with finite, bounded figures, never a server error.
/// </summary>
public sealed class OddRealWorldTextTests(OddRealWorldTextTests.App app) : IClassFixture<OddRealWorldTextTests.App>
{
    public sealed class App : AlwrityAppFactory;

    private static readonly string[] Platforms = ["linkedin", "facebook", "x", "instagram", "threads", "bluesky", "mastodon"];

    public static TheoryData<string> OddTexts => new(OddTextSamples.All.Keys);

    [Theory]
    [MemberData(nameof(OddTexts))]
    public async Task Odd_text_gets_a_bounded_fingerprint(string sample)
    {
        var (client, _) = await app.NewSignedInUserAsync();

        var response = await client.PostAsJsonAsync("/api/analysis/fingerprint", new { text = OddTextSamples.All[sample] });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.InRange(body.GetProperty("wordCount").GetInt32(), 0, OddTextSamples.All[sample].Length);
        AssertNumbersBounded(body, sample);
    }

    [Theory]
    [MemberData(nameof(OddTexts))]
    public async Task Odd_text_as_a_draft_or_as_the_reference_gets_a_voice_verdict(string sample)
    {
        var (client, _) = await app.NewSignedInUserAsync();
        var prose = PersonaApi.Federalist("MADISON", 2).Select(s => s.Text).ToArray();
        var odd = OddTextSamples.All[sample];

        var asDraft = await client.PostAsJsonAsync("/api/analysis/voice-match", new { referenceTexts = prose, candidateText = odd });
        var asReference = await client.PostAsJsonAsync("/api/analysis/voice-match", new { referenceTexts = new[] { odd, odd, odd }, candidateText = prose[0] });

        foreach (var response in new[] { asDraft, asReference })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(body.GetProperty("verdict").GetString(), new[] { "match", "uncertain", "mismatch", "insufficient" });
            if (body.GetProperty("score").ValueKind == JsonValueKind.Number)
            {
                Assert.InRange(body.GetProperty("score").GetDouble(), 0, 100);
            }

            AssertNumbersBounded(body, sample);
        }
    }

    [Theory]
    [MemberData(nameof(OddTexts))]
    public async Task Odd_text_gets_a_platform_fit_report_on_every_platform(string sample)
    {
        var (client, _) = await app.NewSignedInUserAsync();

        foreach (var platform in Platforms)
        {
            var response = await client.PostAsJsonAsync("/api/analysis/platform-fit", new { platform, text = OddTextSamples.All[sample] });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(body.GetProperty("length").GetInt32() >= 0, $"{platform}: negative length");
            Assert.All(body.GetProperty("findings").EnumerateArray(), f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("message").GetString())));
            AssertNumbersBounded(body, sample);
        }
    }

    [Fact]
    public async Task A_lone_surrogate_escaped_in_json_is_answered_not_crashed()
    {
        var (client, _) = await app.NewSignedInUserAsync();
        var json = "{\"text\":\"broken \\ud83d emoji and \\ude00 tail. Still a sentence here.\"}";

        var response = await client.PostAsync("/api/analysis/fingerprint", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"got {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static void AssertNumbersBounded(JsonElement element, string sample)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    AssertNumbersBounded(property.Value, sample);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AssertNumbersBounded(item, sample);
                }

                break;
            case JsonValueKind.Number:
                var value = element.GetDouble();
                Assert.True(double.IsFinite(value) && Math.Abs(value) < 1e7, $"{sample}: unbounded number {value}");
                break;
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using Alwrity.Tests.TestSupport;

namespace Alwrity.Tests.Analysis.Api;

public sealed class AnalysisEndpointTests(AnalysisEndpointTests.App app) : IClassFixture<AnalysisEndpointTests.App>
{
    public sealed class App : AlwrityAppFactory;

    [Fact]
    public async Task The_fingerprint_endpoint_answers_with_the_contract_fields()
    {
        var (client, _) = await app.NewSignedInUserAsync();

        var body = await (await client.PostAsJsonAsync("/api/analysis/fingerprint", new { text = "The cat sat on the mat. Did it? It did! We love it." })).JsonAsync();

        Assert.Equal(13, body.GetProperty("wordCount").GetInt32());
        Assert.Equal(4, body.GetProperty("sentenceCount").GetInt32());
        foreach (var field in new[] { "sentenceLength", "readability", "sentiment", "formality", "lexicalDiversity", "contractionRate", "perspective", "punctuationPer1000", "goToWords", "goToPhrases", "evidence" })
        {
            Assert.True(body.TryGetProperty(field, out _), $"missing {field}");
        }

        Assert.True(body.GetProperty("readability").TryGetProperty("automatedReadabilityIndex", out _));
    }

    [Fact]
    public async Task Voice_match_says_insufficient_below_the_minimum_and_scores_above_it()
    {
        var (client, _) = await app.NewSignedInUserAsync();
        var reference = PersonaApi.Federalist("HAMILTON", 1).Select(s => s.Text).ToArray();

        var tooShort = await (await client.PostAsJsonAsync("/api/analysis/voice-match", new { referenceTexts = reference, candidateText = "Too short to judge." })).JsonAsync();
        var scored = await (await client.PostAsJsonAsync("/api/analysis/voice-match", new { referenceTexts = reference, candidateText = PersonaApi.Federalist("HAMILTON", 2).Last().Text })).JsonAsync();

        Assert.Equal("insufficient", tooShort.GetProperty("verdict").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, tooShort.GetProperty("score").ValueKind);
        Assert.InRange(scored.GetProperty("score").GetDouble(), 0, 100);
        Assert.NotEmpty(scored.GetProperty("explanations").EnumerateArray());
    }

    [Fact]
    public async Task Platform_fit_counts_the_platform_way_and_refuses_unknown_platforms()
    {
        var (client, _) = await app.NewSignedInUserAsync();

        var x = await (await client.PostAsJsonAsync("/api/analysis/platform-fit", new { platform = "x", text = "Read https://example.com/a/very/long/path/that/is/long today" })).JsonAsync();
        var unknown = await client.PostAsJsonAsync("/api/analysis/platform-fit", new { platform = "myspace", text = "hi" });

        Assert.Equal("Read ".Length + 23 + " today".Length, x.GetProperty("length").GetInt32());
        Assert.Equal(280, x.GetProperty("limit").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("linkedin", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Analysis_needs_sign_in_and_refuses_bodies_over_two_megabytes()
    {
        var (client, _) = await app.NewSignedInUserAsync();

        var anonymous = await app.CreateClient().PostAsJsonAsync("/api/analysis/fingerprint", new { text = "hello" });
        var huge = await client.PostAsJsonAsync("/api/analysis/fingerprint", new { text = new string('a', 2 * 1024 * 1024 + 10) });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal("application/problem+json", huge.Content.Headers.ContentType?.MediaType);
    }
}

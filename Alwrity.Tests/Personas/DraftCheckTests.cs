using System.Net;
using System.Net.Http.Json;
using Alwrity.Tests.TestSupport;

namespace Alwrity.Tests.Personas;

/// <summary>The "try it" check: a draft against the persona's voice and a platform's rules.</summary>
public sealed class DraftCheckTests
{
    [Fact]
    public async Task A_draft_by_the_same_writer_scores_higher_than_one_by_someone_else_and_gets_platform_findings()
    {
        await using var app = new AlwrityAppFactory();
        var (client, _) = await app.NewSignedInUserAsync();
        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("HAMILTON", 4), "linkedin"));
        var id = persona.GetProperty("personaId").GetString();
        var own = PersonaApi.Federalist("HAMILTON", 6).Last().Text;
        var other = PersonaApi.Federalist("JAY", 1).First().Text;

        var mine = await (await client.PostAsJsonAsync($"/api/personas/{id}/check", new { text = own, platform = "linkedin" })).JsonAsync();
        var theirs = await (await client.PostAsJsonAsync($"/api/personas/{id}/check", new { text = other })).JsonAsync();

        Assert.True(mine.GetProperty("voiceMatch").GetProperty("score").GetDouble() > theirs.GetProperty("voiceMatch").GetProperty("score").GetDouble());
        Assert.False(mine.GetProperty("platformFit").GetProperty("withinLimit").GetBoolean());
        Assert.Contains(mine.GetProperty("platformFit").GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "over-limit");
    }

    [Fact]
    public async Task Checking_against_someone_elses_persona_is_not_found()
    {
        await using var app = new AlwrityAppFactory();
        var (alice, _) = await app.NewSignedInUserAsync();
        var (bob, _) = await app.NewSignedInUserAsync();
        var persona = await PersonaApi.GenerateAsync(alice, PersonaApi.Body(PersonaApi.Federalist("MADISON", 1), "linkedin"));

        var response = await bob.PostAsJsonAsync($"/api/personas/{persona.GetProperty("personaId").GetString()}/check", new { text = "Hello there, this is my draft." });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

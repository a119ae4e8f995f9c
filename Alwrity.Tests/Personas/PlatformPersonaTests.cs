using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Alwrity.Domain.Data;
using Alwrity.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Personas;

/// <summary>Validate and optimize per platform: real checks, real recomputation, a new version when something changes.</summary>
public sealed class PlatformPersonaTests
{
    [Fact]
    public async Task A_stale_adaptation_is_flagged_by_validate_and_repaired_by_optimize_as_a_new_version()
    {
        await using var app = new AlwrityAppFactory();
        var (client, _) = await app.NewSignedInUserAsync();
        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 2), "linkedin"));
        var id = Guid.Parse(persona.GetProperty("personaId").GetString()!);
        await TamperAsync(app, id, adaptation => adaptation["targetLength"]!["max"] = 5000);

        var validation = await (await client.PostAsJsonAsync("/api/personas/linkedin/validate", new { personaId = id })).JsonAsync();
        var optimized = await (await client.PostAsJsonAsync("/api/personas/linkedin/optimize", new { personaId = id })).JsonAsync();
        var after = await (await client.PostAsJsonAsync("/api/personas/linkedin/validate", new { personaId = id })).JsonAsync();

        Assert.False(validation.GetProperty("valid").GetBoolean());
        Assert.Contains(validation.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "target-over-limit");
        Assert.True(optimized.GetProperty("changed").GetBoolean());
        Assert.Equal(2, optimized.GetProperty("version").GetInt32());
        Assert.Contains(optimized.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "targetLength");
        Assert.True(after.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Optimize_keeps_the_users_own_edits()
    {
        await using var app = new AlwrityAppFactory();
        var (client, _) = await app.NewSignedInUserAsync();
        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 1), "linkedin"));
        var id = persona.GetProperty("personaId").GetString();
        var hook = "Start with a question from a reader, under 140 characters.";
        (await client.PatchAsJsonAsync($"/api/personas/{id}", new { overrides = new Dictionary<string, string> { ["platformPersonas.linkedin.adaptation.hookStyle"] = hook } })).EnsureSuccessStatusCode();

        var optimized = await (await client.PostAsJsonAsync("/api/personas/linkedin/optimize", new { personaId = id })).JsonAsync();
        var linkedin = await (await client.GetAsync($"/api/personas/{id}/platform/linkedin")).JsonAsync();

        Assert.False(optimized.GetProperty("changed").GetBoolean());
        Assert.Contains(hook, linkedin.ToString());
    }

    [Fact]
    public async Task Validating_a_platform_the_persona_was_not_adapted_for_says_so()
    {
        await using var app = new AlwrityAppFactory();
        var (client, _) = await app.NewSignedInUserAsync();
        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 1), "linkedin"));

        var response = await client.PostAsJsonAsync("/api/personas/facebook/validate", new { personaId = persona.GetProperty("personaId").GetString() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no facebook adaptation", await response.Content.ReadAsStringAsync());
    }

    private static async Task TamperAsync(AlwrityAppFactory app, Guid personaId, Action<JsonObject> change)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AlwrityDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var row = await db.PlatformPersonas.SingleAsync(p => p.PersonaId == personaId && p.Platform == "linkedin");
        var document = JsonNode.Parse(row.DataJson)!.AsObject();
        change(document["adaptation"]!.AsObject());
        row.DataJson = document.ToJsonString();
        await db.SaveChangesAsync();
    }
}

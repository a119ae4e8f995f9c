using System.Net;
using System.Net.Http.Json;
using Alwrity.Domain.Data;
using Alwrity.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Ai;

/// <summary>A user's own Gemini key: tested first, stored encrypted, never echoed, used for their generations.</summary>
public sealed class UserKeyEndpointTests : IAsyncLifetime
{
    private const string UserKey = "AIzaUserOwnKey-0123456789abcdefghijkl";
    private FakeOpenAiServer server = null!;

    public async Task InitializeAsync() => server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_rejected_key_is_not_saved_and_the_message_says_why()
    {
        server.Enqueue(FakeResponse.Error(401, "API key not valid"));
        await using var app = App();
        var (client, _) = await app.NewSignedInUserAsync();

        var response = await client.PutAsJsonAsync("/api/me/ai/gemini-key", new { apiKey = UserKey });
        var status = await (await client.GetAsync("/api/me/ai")).JsonAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("401", await response.Content.ReadAsStringAsync());
        Assert.Equal("Local", status.GetProperty("provider").GetString());
    }

    [Fact]
    public async Task A_working_key_is_stored_encrypted_shown_by_its_hint_and_used_for_generation()
    {
        server.Responder = _ => FakeResponse.CompletionOf(new { ok = true });
        await using var app = App();
        var (client, _) = await app.NewSignedInUserAsync();

        var saved = await client.PutAsJsonAsync("/api/me/ai/gemini-key", new { apiKey = UserKey });
        var status = await client.GetAsync("/api/me/ai");
        await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 1), "linkedin"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var statusText = await status.Content.ReadAsStringAsync();
        Assert.Contains("user-key", statusText);
        Assert.DoesNotContain(UserKey, statusText);
        Assert.DoesNotContain(UserKey, await saved.Content.ReadAsStringAsync());
        Assert.All(server.Requests, r => Assert.Equal($"Bearer {UserKey}", r.Authorization));
        Assert.All(server.Requests, r => Assert.DoesNotContain(UserKey, r.Body));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AlwrityDbContext>>().CreateDbContextAsync();
        var row = await db.UserApiKeys.SingleAsync();
        Assert.DoesNotContain(UserKey, row.ProtectedKey);
        Assert.False(await db.PersonaAnalysisResults.AnyAsync(a => a.CallsJson.Contains(UserKey)));
    }

    [Fact]
    public async Task An_obviously_malformed_key_is_refused_before_any_call()
    {
        await using var app = App();
        var (client, _) = await app.NewSignedInUserAsync();

        var response = await client.PutAsJsonAsync("/api/me/ai/gemini-key", new { apiKey = "short key" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(server.Requests);
    }

    private AlwrityAppFactory App() => new(extraSettings: new Dictionary<string, string?>
    {
        ["Ai:Provider"] = "Local",
        ["Ai:Gemini:Endpoint"] = server.BaseUrl.ToString(),
        ["Ai:TimeoutSeconds"] = "5",
        ["Ai:MaxRetries"] = "0",
    });
}

using System.Net;
using System.Net.Http.Json;
using Alwrity.Domain.Ai;
using Alwrity.Domain.Ai.Keys;
using Alwrity.Domain.Data;
using Alwrity.Domain.Errors;
using Alwrity.Domain.Personas.Generation;
using Alwrity.Domain.Platforms;
using Alwrity.Tests.Ai;
using Alwrity.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestDatabase = Alwrity.Tests.Ai.TestDatabase;

namespace Alwrity.Tests.Onboarding;

/// <summary>The engine a person picks decides which engine writes their persona, whatever else is configured.</summary>
public sealed class EngineChoiceTests : IAsyncLifetime
{
    private const string UserKey = "AIzaUserOwnKey-0123456789abcdefghijkl";
    private readonly TestDatabase database = new();
    private FakeOpenAiServer server = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        server = await FakeOpenAiServer.StartAsync();
        services = AiTestHost.Build(server, null, s => s.AddSingleton<IDbContextFactory<AlwrityDbContext>>(database));
    }

    private IAiProviderResolver Resolver => services.GetRequiredService<IAiProviderResolver>();

    [Fact]
    public async Task Local_is_local_even_with_a_stored_key_and_a_server_model()
    {
        await services.GetRequiredService<IUserApiKeyStore>().SaveGeminiKeyAsync("mia", UserKey, CancellationToken.None);

        var local = await Resolver.ResolveAsync("mia", AiEngines.Local, CancellationToken.None);
        var server = await Resolver.ResolveAsync("mia", AiEngines.Server, CancellationToken.None);
        var automatic = await Resolver.ResolveAsync("mia", null, CancellationToken.None);

        Assert.True(local.IsLocal);
        Assert.Equal(("server", AiProviders.OpenAICompatible, null), (server.Source, server.Provider, server.Credentials));
        Assert.Equal("user-key", automatic.Source);
    }

    [Fact]
    public async Task A_chosen_key_that_is_not_saved_is_refused_with_a_reason()
    {
        var error = await Assert.ThrowsAsync<InputValidationException>(() => Resolver.ResolveAsync("mia", AiEngines.UserKey, CancellationToken.None));

        Assert.Contains("no key is saved", error.Message);
        Assert.Equal(["engine"], error.Errors.Keys);
    }

    [Fact]
    public async Task The_server_model_is_only_offered_when_one_is_configured()
    {
        using var localOnly = AiTestHost.Build(server, s => s["Ai:Provider"] = AiProviders.Local,
            s => s.AddSingleton<IDbContextFactory<AlwrityDbContext>>(database));

        var offered = await services.GetRequiredService<AiEngineCatalog>().DescribeAsync("mia", CancellationToken.None);
        var none = await localOnly.GetRequiredService<AiEngineCatalog>().DescribeAsync("mia", CancellationToken.None);

        Assert.Equal(new ServerModelInfo(AiProviders.OpenAICompatible, AiTestHost.Model), offered.ServerModel);
        Assert.Null(none.ServerModel);
        Assert.False(none.CanUse(AiEngines.Server));
        await Assert.ThrowsAsync<InputValidationException>(() =>
            localOnly.GetRequiredService<IAiProviderResolver>().ResolveAsync("mia", AiEngines.Server, CancellationToken.None));
    }

    [Theory]
    [InlineData(null, "auto")]
    [InlineData(" Local ", "local")]
    [InlineData("user-key", "user-key")]
    public void The_request_names_a_known_engine(string? given, string expected)
    {
        var request = RequestValidation.Normalize(new GeneratePersonaRequest { Samples = [new("One", "Some words.")], Engine = given },
            Strategies, [".txt"]);

        Assert.Equal(expected, request.Engine);
    }

    [Fact]
    public void An_unknown_engine_is_refused_by_field()
    {
        var error = Assert.Throws<InputValidationException>(() => RequestValidation.Normalize(
            new GeneratePersonaRequest { Samples = [new("One", "Some words.")], Engine = "gpt-9" }, Strategies, [".txt"]));

        Assert.Contains("'gpt-9' is not an engine", error.Errors["engine"][0]);
    }

    private static PlatformStrategies Strategies { get; } =
        new ServiceCollection().AddPlatforms().AddSingleton(TimeProvider.System).BuildServiceProvider().GetRequiredService<PlatformStrategies>();

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await server.DisposeAsync();
        database.Dispose();
    }
}

/// <summary>The same rule through the whole app: the generation API, the job and the stored persona.</summary>
public sealed class EngineChoiceGenerationTests : IAsyncLifetime
{
    private const string UserKey = "AIzaUserOwnKey-0123456789abcdefghijkl";
    private FakeOpenAiServer server = null!;

    public async Task InitializeAsync() => server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Choosing_local_makes_no_model_call_although_a_working_key_is_saved()
    {
        server.Responder = _ => FakeResponse.CompletionOf(new { ok = true });
        await using var app = App();
        var (client, _) = await app.NewSignedInUserAsync();
        (await client.PutAsJsonAsync("/api/me/ai/gemini-key", new { apiKey = UserKey })).EnsureSuccessStatusCode();
        var probeCalls = server.Requests.Count;

        var persona = await PersonaApi.GenerateAsync(client, Body("local"));

        Assert.Equal(probeCalls, server.Requests.Count);
        Assert.Equal("Local", persona.GetProperty("analysis").GetProperty("provider").GetString());
    }

    [Fact]
    public async Task A_rejected_key_stops_the_generation_with_the_reason_instead_of_silently_using_local()
    {
        server.Enqueue(FakeResponse.CompletionOf(new { ok = true }));
        server.Responder = _ => FakeResponse.Error(401, "API key not valid");
        await using var app = App();
        var (client, _) = await app.NewSignedInUserAsync();
        (await client.PutAsJsonAsync("/api/me/ai/gemini-key", new { apiKey = UserKey })).EnsureSuccessStatusCode();

        var job = await PersonaApi.StartAsync(client, Body("user-key"));
        var done = await PersonaApi.WaitAsync(client, job.GetProperty("jobId").GetString()!);

        Assert.Equal("failed", done.GetProperty("status").GetString());
        var error = done.GetProperty("error").GetString()!;
        Assert.Contains("rejected the key (401)", error);
        Assert.Contains("Continue with the local engine", error);
        Assert.DoesNotContain(UserKey, error);
    }

    [Fact]
    public async Task An_unknown_engine_is_a_400_naming_the_field()
    {
        await using var app = App();
        var (client, _) = await app.NewSignedInUserAsync();

        var response = await client.PostAsJsonAsync("/api/personas/generate", Body("cloud"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("engine", out _));
    }

    private static object Body(string engine) => new
    {
        samples = PersonaApi.Federalist("MADISON", 1).Select(s => new { title = s.Title, text = s.Text }).ToArray(),
        platforms = new[] { "linkedin" },
        engine,
    };

    private AlwrityAppFactory App() => new(extraSettings: new Dictionary<string, string?>
    {
        ["Ai:Provider"] = "Local",
        ["Ai:Gemini:Endpoint"] = server.BaseUrl.ToString(),
        ["Ai:TimeoutSeconds"] = "5",
        ["Ai:MaxRetries"] = "0",
    });
}

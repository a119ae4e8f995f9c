using Alwrity.Tests.TestSupport;

namespace Alwrity.Tests.Personas;

/// <summary>Generation through an OpenAI-compatible model — always a fake server here, never a real one.</summary>
public sealed class ModelGenerationTests : IAsyncLifetime
{
    private const string ServerKey = "sk-server-secret-4242";
    private FakeOpenAiServer server = null!;

    public async Task InitializeAsync() => server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory, DatabaseProviders]
    public async Task A_valid_model_answer_is_stored_grounded_on_measurements_with_token_usage(string provider)
    {
        server.Responder = Answer;
        await using var app = App(provider);
        var (client, _) = await app.NewSignedInUserAsync();

        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 2)));

        var identity = persona.GetProperty("corePersona").GetProperty("identity");
        Assert.Equal("The Careful Constitutionalist", identity.GetProperty("personaName").GetString());
        Assert.Equal("model", identity.GetProperty("source").GetString());
        Assert.Equal("model", persona.GetProperty("platformPersonas").GetProperty("linkedin").GetProperty("source").GetString());
        var analysis = persona.GetProperty("analysis");
        Assert.Equal(3 * 1200, analysis.GetProperty("promptTokens").GetInt32());
        Assert.Equal(3 * 90, analysis.GetProperty("completionTokens").GetInt32());
        Assert.Equal(2 * 1024, analysis.GetProperty("cachedTokens").GetInt32());

        var core = server.Requests.Single(r => r.Messages.Any(m => m.Content.Contains("Write the qualitative fields", StringComparison.Ordinal)));
        var system = core.Messages.First(m => m.Role == "system").Content;
        var user = core.Messages.Last(m => m.Role == "user").Content;
        Assert.Contains("sentence words median=", system);
        Assert.Contains("<<<DATA", user);
        Assert.Contains("Federalist", user);
        Assert.All(server.Requests, r => Assert.DoesNotContain(ServerKey, r.Body));
        Assert.All(server.Requests, r => Assert.Equal($"Bearer {ServerKey}", r.Authorization));
    }

    [Fact]
    public async Task The_two_platform_calls_run_at_the_same_time_and_share_the_system_prompt()
    {
        server.Responder = request => Answer(request) with { Delay = IsPlatform(request) ? TimeSpan.FromMilliseconds(700) : TimeSpan.Zero };
        await using var app = App("Sqlite");
        var (client, _) = await app.NewSignedInUserAsync();

        await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("HAMILTON", 1)));

        var platformCalls = server.Requests.Where(IsPlatform).ToList();
        Assert.Equal(2, platformCalls.Count);
        Assert.True(platformCalls.All(a => platformCalls.All(b => a.ReceivedAt < b.RespondedAt)), "the platform calls did not overlap");
        Assert.Equal(platformCalls[0].Messages.First(m => m.Role == "system").Content, platformCalls[1].Messages.First(m => m.Role == "system").Content);
    }

    [Fact]
    public async Task Invalid_json_gets_one_repair_then_the_local_engine_with_the_reason_recorded()
    {
        server.Responder = request => IsPlatform(request) ? Answer(request) : FakeResponse.Completion("this is { not json");
        await using var app = App("Sqlite");
        var (client, _) = await app.NewSignedInUserAsync();

        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 1)));

        Assert.Equal(2, server.Requests.Count(r => !IsPlatform(r)));
        Assert.Equal("derived", persona.GetProperty("corePersona").GetProperty("identity").GetProperty("source").GetString());
        Assert.Contains("local engine", persona.GetProperty("analysis").GetProperty("fallbackReason").GetString());
    }

    [Fact]
    public async Task A_hung_model_times_out_and_the_persona_still_arrives_from_the_local_engine()
    {
        server.Responder = _ => FakeResponse.Completion("{}", 10, 1) with { Delay = TimeSpan.FromSeconds(20) };
        await using var app = App("Sqlite", timeoutSeconds: 1);
        var (client, _) = await app.NewSignedInUserAsync();

        var started = DateTime.UtcNow;
        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 1)));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15));
        Assert.Equal("derived", persona.GetProperty("corePersona").GetProperty("identity").GetProperty("source").GetString());
        Assert.False(string.IsNullOrEmpty(persona.GetProperty("analysis").GetProperty("fallbackReason").GetString()));
    }

    [Fact]
    public async Task A_rate_limited_call_is_retried_after_retry_after()
    {
        server.Enqueue(FakeResponse.Error(429, "slow down", retryAfter: "1"));
        server.Responder = Answer;
        await using var app = App("Sqlite");
        var (client, _) = await app.NewSignedInUserAsync();

        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 1)));

        Assert.Equal("model", persona.GetProperty("corePersona").GetProperty("identity").GetProperty("source").GetString());
        Assert.Equal(4, server.Requests.Count);
    }

    private AlwrityAppFactory App(string provider, int timeoutSeconds = 10) => new(TestDatabase.Create(provider), new Dictionary<string, string?>
    {
        ["Ai:Provider"] = "OpenAICompatible",
        ["Ai:OpenAICompatible:Endpoint"] = server.BaseUrl.ToString(),
        ["Ai:OpenAICompatible:Model"] = "fake-model",
        ["Ai:OpenAICompatible:ApiKey"] = ServerKey,
        ["Ai:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ai:TotalTimeoutSeconds"] = (timeoutSeconds * 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ai:RetryBaseDelaySeconds"] = "0.05",
    });

    private static bool IsPlatform(RecordedRequest request) =>
        request.Messages.Any(m => m.Role == "user" && m.Content.StartsWith("Adapt the core persona", StringComparison.Ordinal));

    private static FakeResponse Answer(RecordedRequest request) => IsPlatform(request)
        ? FakeResponse.CompletionOf(new
        {
            hookStyle = "Open with the constitutional question at stake, under 140 characters.",
            ctaStyle = "Invite a reasoned reply.",
            paragraphStructure = "Two-sentence paragraphs.",
            hashtagStrategy = "3 specific hashtags at the end.",
            emojiPolicy = "No emoji.",
            guidance = new[] { "Argue from principle, then example." },
            angles = new[] { "Checks and balances today" },
            formats = new[] { new { format = "article", advice = "Long-form argument with headings." } },
        }, promptTokens: 1200, completionTokens: 90, cachedTokens: 1024)
        : FakeResponse.CompletionOf(new
        {
            personaName = "The Careful Constitutionalist",
            archetype = "Scholar",
            coreBelief = "Good government rests on balanced powers.",
            brandVoiceDescription = "Long, carefully balanced sentences with semicolons and few contractions.",
            defaultTone = "measured and formal",
            permissibleTones = new[] { "considered", "persuasive" },
            forbiddenTones = new[] { "flippant" },
            emotionalRange = "narrow",
            @do = new[] { "Build arguments step by step." },
            dont = new[] { "Don't use slang." },
        }, promptTokens: 1200, completionTokens: 90, cachedTokens: 0);
}

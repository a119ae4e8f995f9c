using System.Net;
using System.Net.Http.Json;
using Alwrity.Tests.TestSupport;

namespace Alwrity.Tests.Personas;

/// <summary>Generation with no key: the local engine end to end through the API, on both databases.</summary>
public sealed class LocalGenerationTests
{
    [Theory, DatabaseProviders]
    public async Task Madison_and_Hamilton_get_measurably_different_personas(string provider)
    {
        await using var app = new AlwrityAppFactory(TestDatabase.Create(provider));
        var (client, _) = await app.NewSignedInUserAsync();

        var madison = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 3)));
        var hamilton = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("HAMILTON", 3)));

        var m = madison.GetProperty("corePersona").GetProperty("linguisticFingerprint");
        var h = hamilton.GetProperty("corePersona").GetProperty("linguisticFingerprint");
        Assert.NotEqual(m.GetProperty("sentenceLength").GetProperty("mean").GetDouble(), h.GetProperty("sentenceLength").GetProperty("mean").GetDouble());
        var upon = (System.Text.Json.JsonElement f) => f.GetProperty("functionWords").GetProperty("upon").GetDouble();
        Assert.True(upon(h) > 4 * upon(m), $"'upon' per 1,000 words: Hamilton {upon(h)}, Madison {upon(m)}");
        Assert.NotEqual(madison.GetProperty("corePersona").GetProperty("identity").GetProperty("brandVoiceDescription").GetString(),
            hamilton.GetProperty("corePersona").GetProperty("identity").GetProperty("brandVoiceDescription").GetString());
        Assert.Equal("local", madison.GetProperty("analysis").GetProperty("provider").GetString(), ignoreCase: true);
        Assert.Equal("derived", madison.GetProperty("corePersona").GetProperty("identity").GetProperty("source").GetString());
        Assert.True(madison.GetProperty("platformPersonas").TryGetProperty("linkedin", out _));
        Assert.True(madison.GetProperty("platformPersonas").TryGetProperty("facebook", out _));
        Assert.NotEmpty(madison.GetProperty("evidence").EnumerateArray());
    }

    [Fact]
    public async Task A_tiny_sample_still_gives_a_persona_that_says_it_needs_more_text()
    {
        await using var app = new AlwrityAppFactory();
        var (client, _) = await app.NewSignedInUserAsync();
        var text = "I write short notes. They are plain. I like it that way. You should try it too. It's easy.";

        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body([("Note", text)], "linkedin"));

        var sufficiency = persona.GetProperty("corePersona").GetProperty("dataSufficiency");
        Assert.Equal("insufficient", sufficiency.GetProperty("level").GetString());
        Assert.Contains(sufficiency.GetProperty("missing").EnumerateArray(), m => m.GetString()!.Contains("more words", StringComparison.Ordinal));
        Assert.True(persona.GetProperty("quality").GetProperty("dataSufficiency").GetDouble() < 10);
    }

    [Fact]
    public async Task Generation_without_any_writing_is_refused_with_a_field_error()
    {
        await using var app = new AlwrityAppFactory();
        var (client, _) = await app.NewSignedInUserAsync();

        var response = await client.PostAsJsonAsync("/api/personas/generate", new { samples = Array.Empty<object>(), platforms = new[] { "linkedin" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("samples", out _));
    }

    [Fact]
    public async Task An_unsupported_platform_is_refused_naming_the_supported_ones()
    {
        await using var app = new AlwrityAppFactory();
        var (client, _) = await app.NewSignedInUserAsync();

        var response = await client.PostAsJsonAsync("/api/personas/generate", PersonaApi.Body([("A", "Some text here.")], "myspace"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("linkedin", await response.Content.ReadAsStringAsync());
    }

    [Theory, DatabaseProviders]
    public async Task Two_generate_requests_at_once_make_one_job(string provider)
    {
        await using var app = new AlwrityAppFactory(TestDatabase.Create(provider), new Dictionary<string, string?> { ["Jobs:RunWorker"] = "false" });
        var (client, _) = await app.NewSignedInUserAsync();
        var body = PersonaApi.Body(PersonaApi.Federalist("MADISON", 1));

        var responses = await Task.WhenAll(client.PostAsJsonAsync("/api/personas/generate", body), client.PostAsJsonAsync("/api/personas/generate", body));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Accepted);
        var conflict = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        var accepted = await responses.Single(r => r.StatusCode == HttpStatusCode.Accepted).JsonAsync();
        Assert.Equal(accepted.GetProperty("jobId").GetString(), (await conflict.JsonAsync()).GetProperty("jobId").GetString());
    }

    [Fact]
    public async Task Another_users_job_is_not_found()
    {
        await using var app = new AlwrityAppFactory(extraSettings: new Dictionary<string, string?> { ["Jobs:RunWorker"] = "false" });
        var (alice, _) = await app.NewSignedInUserAsync();
        var (bob, _) = await app.NewSignedInUserAsync();
        var job = await PersonaApi.StartAsync(alice, PersonaApi.Body([("A", "Some of my words, written by me.")]));

        var response = await bob.GetAsync($"/api/personas/jobs/{job.GetProperty("jobId").GetString()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Uploaded_files_of_other_types_are_refused_and_text_files_are_used_with_their_names()
    {
        await using var app = new AlwrityAppFactory();
        var (client, _) = await app.NewSignedInUserAsync();
        var text = PersonaApi.Federalist("MADISON", 1).First().Text;

        var refused = await client.PostAsJsonAsync("/api/personas/generate", new { files = new[] { new { name = "deck.pptx", text = "slides" } } });
        var persona = await PersonaApi.GenerateAsync(client, new { files = new[] { new { name = "essay.md", text = "# My essay\n\n" + text } }, platforms = new[] { "linkedin" } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(".md", await refused.Content.ReadAsStringAsync());
        var sources = persona.GetProperty("corePersona").GetProperty("dataSufficiency").GetProperty("sources");
        Assert.Equal("essay.md", sources[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_users_edit_survives_regeneration_and_history_keeps_every_version()
    {
        await using var app = new AlwrityAppFactory();
        var (client, _) = await app.NewSignedInUserAsync();
        var first = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 1), "linkedin"));
        var id = first.GetProperty("personaId").GetString();
        (await client.PatchAsJsonAsync($"/api/personas/{id}", new { overrides = new Dictionary<string, string> { ["identity.personaName"] = "Publius, Plainly" } })).EnsureSuccessStatusCode();

        var regenerated = await PersonaApi.GenerateAsync(client, new Dictionary<string, object?>
        {
            ["samples"] = PersonaApi.Federalist("MADISON", 3).Select(s => new { title = s.Title, text = s.Text }).ToArray(),
            ["platforms"] = new[] { "linkedin" },
            ["personaId"] = id,
        });
        var versions = await (await client.GetAsync($"/api/personas/{id}/versions")).JsonAsync();

        Assert.Equal(id, regenerated.GetProperty("personaId").GetString());
        Assert.Equal(3, regenerated.GetProperty("version").GetInt32());
        Assert.Equal("Publius, Plainly", regenerated.GetProperty("corePersona").GetProperty("identity").GetProperty("personaName").GetString());
        Assert.True(regenerated.GetProperty("corePersona").GetProperty("dataSufficiency").GetProperty("wordsAnalysed").GetInt32()
            > first.GetProperty("corePersona").GetProperty("dataSufficiency").GetProperty("wordsAnalysed").GetInt32());
        Assert.Equal(["generated", "edited", "generated"], versions.EnumerateArray().Reverse().Select(v => v.GetProperty("reason").GetString()!).ToArray());
    }
}

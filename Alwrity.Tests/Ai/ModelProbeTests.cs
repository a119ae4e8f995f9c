using Alwrity.Domain.Ai;
using Alwrity.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Ai;

public sealed class ModelProbeTests
{
    [Fact]
    public async Task Probe_reports_a_rejected_key_in_words_without_echoing_it()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeResponse.Error(401, "API key not valid. Please pass a valid API key."));
        await using var sp = AiTestHost.Build(server);

        var result = await sp.GetRequiredService<IModelProbe>().ProbeAsync(AiCredentials.ForGemini("AIza-wrong-key-1"), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.StartsWith("Gemini rejected the key (401)", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AIza-wrong-key-1", result.Message, StringComparison.Ordinal);
        Assert.Equal("Bearer AIza-wrong-key-1", Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task Probe_names_a_model_that_does_not_exist()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeResponse.Error(404, "models/gemini-0.1 is not found"));
        await using var sp = AiTestHost.Build(server, s => s["Ai:Gemini:Model"] = "gemini-0.1");

        var result = await sp.GetRequiredService<IModelProbe>().ProbeAsync(AiCredentials.ForGemini("AIza-key"), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Contains("Model 'gemini-0.1' not found", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_with_a_working_key_says_which_model_answered()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeResponse.Completion("{\"ok\":true}"));
        await using var sp = AiTestHost.Build(server);

        var result = await sp.GetRequiredService<IModelProbe>().ProbeAsync(AiCredentials.ForGemini("AIza-good"), CancellationToken.None);

        Assert.True(result.Ok, result.Message);
        Assert.Equal(GeminiSettings.DefaultModel, result.Model);
        Assert.Equal(GeminiSettings.DefaultModel, Assert.Single(server.Requests).Json["model"]!.GetValue<string>());
    }

    [Fact]
    public async Task Probe_of_an_unreachable_provider_says_it_timed_out()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeResponse.Completion("{}", delay: TimeSpan.FromSeconds(30)));
        await using var sp = AiTestHost.Build(server, s =>
        {
            s["Ai:TimeoutSeconds"] = "0.4";
            s["Ai:TotalTimeoutSeconds"] = "1";
            s["Ai:MaxRetries"] = "0";
        });

        var result = await sp.GetRequiredService<IModelProbe>().ProbeAsync(null, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Contains("timed out", result.Message, StringComparison.Ordinal);
        Assert.Equal(AiProviders.OpenAICompatible, result.Provider);
    }
}

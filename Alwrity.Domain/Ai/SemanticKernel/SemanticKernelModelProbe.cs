using System.Diagnostics;
using Alwrity.Domain.Ai.Prompts;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Alwrity.Domain.Ai.SemanticKernel;

/// <summary><see cref="IModelProbe"/>: one tiny chat call through the same connector and resilience pipeline.</summary>
internal sealed class SemanticKernelModelProbe(
    IHttpClientFactory httpClients,
    IOptionsMonitor<AiOptions> options,
    PromptLibrary prompts) : IModelProbe
{
    public async Task<ModelProbeResult> ProbeAsync(AiCredentials? credentials, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        var endpoint = ModelEndpoints.For(settings, credentials);
        if (endpoint is null)
        {
            ModelEndpoints.Server(settings, out var notice);
            return new ModelProbeResult(false, notice ?? "No AI provider is configured (Local); nothing to test.", AiProviders.Local, null, 0);
        }

        var service = ChatServiceFactory.Create(endpoint, httpClients.CreateClient(SemanticKernelStructuredModel.HttpClientName));
        var history = new ChatHistory();
        history.AddUserMessage(prompts.Get("key-probe").Text);
        var clock = Stopwatch.StartNew();
        try
        {
            await service.GetChatMessageContentAsync(history, new OpenAIPromptExecutionSettings { Temperature = 0 }, kernel: null, ct);
            return new ModelProbeResult(true, $"{endpoint.Provider} answered with model {endpoint.Model} in {clock.ElapsedMilliseconds} ms.",
                endpoint.Provider, endpoint.Model, clock.ElapsedMilliseconds);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            return new ModelProbeResult(false, ModelFailures.Describe(ex, endpoint, settings), endpoint.Provider, endpoint.Model, clock.ElapsedMilliseconds);
        }
    }
}

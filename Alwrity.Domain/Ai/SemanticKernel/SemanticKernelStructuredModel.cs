using Alwrity.Domain.Ai.Prompts;
using Alwrity.Domain.Ai.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;

namespace Alwrity.Domain.Ai.SemanticKernel;

/// <summary>
/// <see cref="IStructuredModel"/> over Semantic Kernel's OpenAI connector pointed at Gemini's OpenAI-compatible
/// endpoint or any other. Sends our stripped JSON schema as a (non-strict) json_schema response format,
/// validates the answer, asks once for a repair, and reports failures instead of throwing.
/// </summary>
internal sealed partial class SemanticKernelStructuredModel(
    IHttpClientFactory httpClients,
    IOptionsMonitor<AiOptions> options,
    PromptLibrary prompts,
    ILogger<SemanticKernelStructuredModel> logger) : IStructuredModel
{
    /// <summary>The named HttpClient (with the resilience pipeline) every model call uses.</summary>
    public const string HttpClientName = "Alwrity.Ai";

    public async Task<StructuredResult<T>> GenerateAsync<T>(ModelRequest request, Func<T, IReadOnlyList<string>>? validate, CancellationToken ct)
        where T : class
    {
        var settings = options.CurrentValue;
        var endpoint = ModelEndpoints.For(settings, request.Credentials);
        if (endpoint is null)
        {
            var none = new ModelCallRecord(AiProviders.Local, string.Empty, request.PromptVersion, 0, 0, 0, 0, ModelOutcomes.Failed, 0, "No AI provider is configured (Local).");
            return new StructuredResult<T>(null, ModelOutcomes.Failed, none.Error, none);
        }

        var tally = new ModelCallTally(CreateService(endpoint), ExecutionSettings<T>(request.Temperature ?? settings.Temperature));
        var (value, outcome, reason) = await RunAsync(tally, History(request), validate, endpoint, settings, ct);
        var record = new ModelCallRecord(endpoint.Provider, endpoint.Model, request.PromptVersion, tally.Usage.PromptTokens,
            tally.Usage.CompletionTokens, tally.Usage.CachedTokens, tally.LatencyMs, outcome, tally.Attempts, reason);
        LogCall(record);
        return new StructuredResult<T>(value, outcome, reason, record);
    }

    private async Task<(T? Value, string Outcome, string? Reason)> RunAsync<T>(ModelCallTally tally, ChatHistory history,
        Func<T, IReadOnlyList<string>>? validate, ModelEndpoint endpoint, AiOptions settings, CancellationToken ct)
        where T : class
    {
        try
        {
            var answer = await tally.SendAsync(history, ct);
            var (value, problems) = StructuredAnswer<T>.Read(answer, validate);
            if (value is not null)
            {
                return (value, ModelOutcomes.Succeeded, null);
            }

            history.AddAssistantMessage(answer);
            history.AddUserMessage(prompts.Get("structured-repair").Render(new Dictionary<string, string>
            {
                ["errors"] = string.Join('\n', problems.Select(p => "- " + p)),
            }));
            (value, problems) = StructuredAnswer<T>.Read(await tally.SendAsync(history, ct), validate);
            return value is not null
                ? (value, ModelOutcomes.Repaired, null)
                : (null, ModelOutcomes.Failed, ModelFailures.Scrub("The answer was still invalid after one repair: " + string.Join(" ", problems), endpoint.ApiKey));
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            return (null, ModelOutcomes.Failed, ModelFailures.Describe(ex, endpoint, settings));
        }
    }

    internal OpenAIChatCompletionService CreateService(ModelEndpoint endpoint) =>
        ChatServiceFactory.Create(endpoint, httpClients.CreateClient(HttpClientName));

    private static ChatHistory History(ModelRequest request)
    {
        var system = request.SystemPrompt;
        if (request.UserPrompt.Contains("<<<DATA id=", StringComparison.Ordinal) && !system.Contains(PromptData.Instruction, StringComparison.Ordinal))
        {
            system = system.TrimEnd() + "\n\n" + PromptData.Instruction;
        }

        var history = new ChatHistory(system);
        history.AddUserMessage(request.UserPrompt);
        return history;
    }

    private static OpenAIPromptExecutionSettings ExecutionSettings<T>(double? temperature) => new()
    {
        Temperature = temperature,
        ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(
            ModelJsonSchema.NameFor(typeof(T)),
            BinaryData.FromString(ModelJsonSchema.Text(typeof(T))),
            jsonSchemaFormatDescription: null,
            jsonSchemaIsStrict: false),
    };

    private void LogCall(ModelCallRecord r) =>
        LogModelCall(logger, r.Provider, r.Model, r.PromptVersion, r.Outcome, r.Attempts, r.PromptTokens, r.CompletionTokens, r.CachedTokens, r.LatencyMs, r.Error);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Model call {Provider}/{Model} {PromptVersion}: {Outcome} after {Attempts} call(s), tokens {PromptTokens}+{CompletionTokens} (cached {CachedTokens}), {LatencyMs} ms. {Error}")]
    private static partial void LogModelCall(ILogger logger, string provider, string model, string promptVersion, string outcome,
        int attempts, int promptTokens, int completionTokens, int cachedTokens, long latencyMs, string? error);
}

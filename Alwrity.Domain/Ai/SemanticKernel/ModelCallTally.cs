using System.Diagnostics;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Alwrity.Domain.Ai.SemanticKernel;

/// <summary>Sends chat calls for one structured request and adds up their tokens, latency and count.</summary>
internal sealed class ModelCallTally(IChatCompletionService service, PromptExecutionSettings settings)
{
    private readonly Stopwatch clock = new();

    public ChatUsage Usage { get; private set; }

    public int Attempts { get; private set; }

    public long LatencyMs => clock.ElapsedMilliseconds;

    public async Task<string> SendAsync(ChatHistory history, CancellationToken ct)
    {
        Attempts++;
        clock.Start();
        try
        {
            var answer = await service.GetChatMessageContentAsync(history, settings, kernel: null, ct);
            Usage = Usage + ChatUsage.From(answer);
            return answer.Content ?? string.Empty;
        }
        finally
        {
            clock.Stop();
        }
    }
}

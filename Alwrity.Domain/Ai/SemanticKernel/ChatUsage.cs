using OpenAI.Chat;

namespace Alwrity.Domain.Ai.SemanticKernel;

/// <summary>Token counts of one answer, read from Semantic Kernel's message metadata ("Usage" → OpenAI ChatTokenUsage).</summary>
internal readonly record struct ChatUsage(int PromptTokens, int CompletionTokens, int CachedTokens)
{
    public static ChatUsage From(Microsoft.SemanticKernel.ChatMessageContent message) =>
        message.Metadata is not null && message.Metadata.TryGetValue("Usage", out var raw) && raw is ChatTokenUsage usage
            ? new ChatUsage(usage.InputTokenCount, usage.OutputTokenCount, usage.InputTokenDetails?.CachedTokenCount ?? 0)
            : default;

    public static ChatUsage operator +(ChatUsage a, ChatUsage b) =>
        new(a.PromptTokens + b.PromptTokens, a.CompletionTokens + b.CompletionTokens, a.CachedTokens + b.CachedTokens);
}

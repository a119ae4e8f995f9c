namespace Alwrity.Domain.Ai;

/// <summary>
/// One structured-output call: a stable system prompt (put the long, shared part here so providers can
/// cache the prefix), a focused user prompt, and the prompt version recorded with the result.
/// </summary>
public sealed record ModelRequest
{
    public required string SystemPrompt { get; init; }

    public required string UserPrompt { get; init; }

    /// <summary>E.g. "persona-core@3" (see <see cref="Prompts.Prompt.Id"/>); stored in the call record.</summary>
    public required string PromptVersion { get; init; }

    /// <summary>The user's own key; null uses the server's configured provider.</summary>
    public AiCredentials? Credentials { get; init; }

    /// <summary>Overrides <see cref="AiOptions.Temperature"/> for this call.</summary>
    public double? Temperature { get; init; }
}

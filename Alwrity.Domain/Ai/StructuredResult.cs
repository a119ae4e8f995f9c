namespace Alwrity.Domain.Ai;

/// <summary>The outcome of a structured call: the parsed value (null on failure) and what happened.</summary>
public sealed record StructuredResult<T>(T? Value, string Outcome, string? FailureReason, ModelCallRecord Call)
    where T : class
{
    public bool Succeeded => Value is not null;
}

/// <summary>Values of <see cref="StructuredResult{T}.Outcome"/> and <see cref="ModelCallRecord.Outcome"/>.</summary>
public static class ModelOutcomes
{
    /// <summary>Valid on the first answer.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>Valid after the one repair request.</summary>
    public const string Repaired = "repaired";

    /// <summary>No valid value; callers fall back to the local engine and record the reason.</summary>
    public const string Failed = "failed";
}

/// <summary>
/// What one structured call cost and how it went, for the analysis audit trail. It never holds the API key
/// (errors are scrubbed of it) nor the prompt text.
/// </summary>
/// <param name="Attempts">Model calls made: 1, or 2 when a repair was requested (HTTP retries are not counted).</param>
public sealed record ModelCallRecord(
    string Provider,
    string Model,
    string PromptVersion,
    int PromptTokens,
    int CompletionTokens,
    int CachedTokens,
    long LatencyMs,
    string Outcome,
    int Attempts,
    string? Error);

namespace Alwrity.Domain.Personas;

/// <summary>
/// The audit trail of how one persona version was produced (table <c>persona_analysis_results</c>):
/// provider, model, prompt version, token usage, timings, outcome and any fallback reason.
/// Never holds an API key.
/// </summary>
public sealed class PersonaAnalysisResult
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PersonaVersionId { get; set; }
    public required string Provider { get; set; }
    public string? Model { get; set; }
    public string? PromptVersion { get; set; }
    public string? PromptHash { get; set; }
    public int PromptTokens { get; set; }
    public int CompletionTokens { get; set; }
    public int CachedTokens { get; set; }
    public long LatencyMs { get; set; }

    /// <summary>succeeded, repaired, fell-back, failed.</summary>
    public required string Outcome { get; set; }
    public string? FallbackReason { get; set; }

    /// <summary>Per-call records (core, each platform) as JSON.</summary>
    public string CallsJson { get; set; } = "[]";
    public string InputsSummaryJson { get; set; } = "{}";
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;

    public PersonaVersion? Version { get; set; }
}

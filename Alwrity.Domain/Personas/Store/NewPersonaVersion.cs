using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>
/// Everything one new persona version is made of. Documents are JSON: the core persona, and one document
/// per platform keyed by its lower-case platform key ("linkedin"). The store never interprets them beyond
/// the editable fields, so the typed persona model can evolve without touching storage.
/// </summary>
public sealed record NewPersonaVersion
{
    public required string UserId { get; init; }

    /// <summary>Null creates a new persona; set to add a version to an existing one (regenerate, edit, optimize, restore).</summary>
    public Guid? PersonaId { get; init; }

    /// <summary>One of <see cref="VersionReasons"/>.</summary>
    public required string Reason { get; init; }
    public string? Summary { get; init; }
    public required JsonObject CorePersona { get; init; }
    public IReadOnlyDictionary<string, JsonObject> PlatformPersonas { get; init; } = new Dictionary<string, JsonObject>();

    /// <summary>What the version was built from: sources with provenance, word counts, profile answers.</summary>
    public JsonObject Inputs { get; init; } = [];

    /// <summary>The persona's accumulated user overrides (path → value), already applied to the documents.</summary>
    public JsonObject Overrides { get; init; } = [];

    /// <summary>
    /// Optional: the generated values the overrides replaced (path → value), as returned by
    /// <see cref="PersonaOverrides.Apply"/>. Stored so that resetting an override restores the generated value.
    /// </summary>
    public JsonObject? OverriddenValues { get; init; }
    public required PersonaMetrics Metrics { get; init; }
    public required string Name { get; init; }
    public string? Archetype { get; init; }
    public required AnalysisDetails Analysis { get; init; }
    public required ValidationScores Validation { get; init; }

    /// <summary>
    /// When set, the save fails with a conflict unless the persona is still at this version (an edit made
    /// against a version someone else has since replaced). Leave null for regeneration.
    /// </summary>
    public int? BasedOnVersion { get; init; }
}

/// <summary>Why a version exists.</summary>
public static class VersionReasons
{
    public const string Generated = "generated";
    public const string Edited = "edited";
    public const string Optimized = "optimized";
    public const string Restored = "restored";

    public static bool IsKnown(string reason) => reason is Generated or Edited or Optimized or Restored;
}

/// <summary>Key measured figures of a version, copied to the head row's columns for sorting and filtering.</summary>
public sealed record PersonaMetrics(
    int WordsAnalysed,
    double? MeanSentenceLength,
    double? FleschReadingEase,
    double? Formality,
    double? SentimentCompound,
    double? OverallQuality);

/// <summary>How a version was produced: provider, model, prompt, token usage, timing and outcome.</summary>
public sealed record AnalysisDetails(
    string Provider,
    string? Model,
    string? PromptVersion,
    string? PromptHash,
    int PromptTokens,
    int CompletionTokens,
    int CachedTokens,
    long LatencyMs,
    string Outcome,
    string? FallbackReason,
    JsonArray? Calls = null,
    JsonObject? InputsSummary = null);

/// <summary>The computed quality of a version (0–100 each), with its breakdown and recommendations.</summary>
public sealed record ValidationScores(
    double Overall,
    double DataSufficiency,
    double Completeness,
    double EvidenceCoverage,
    double Agreement,
    double PlatformCompliance,
    JsonObject? Breakdown = null,
    JsonArray? Recommendations = null);

/// <summary>The persona and the version number a save produced.</summary>
public sealed record SavedPersonaVersion(Guid PersonaId, int VersionNumber);

using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>
/// One version of a persona as the API returns it. The property names are a contract shared by the UI,
/// the writers and API clients.
/// </summary>
public sealed record PersonaDocument(
    Guid PersonaId,
    int Version,
    string Name,
    DateTime CreatedUtc,
    DateTime UpdatedUtc,
    JsonObject CorePersona,
    IReadOnlyDictionary<string, JsonObject> PlatformPersonas,
    PersonaQuality? Quality,
    JsonArray Evidence,
    PersonaAnalysisSummary? Analysis,
    JsonObject Overrides,
    int Versions);

/// <summary>The computed quality of a version (0–100 each) with its breakdown and recommendations.</summary>
public sealed record PersonaQuality(
    double Overall,
    double DataSufficiency,
    double Completeness,
    double EvidenceCoverage,
    double Agreement,
    double PlatformCompliance,
    JsonObject Breakdown,
    JsonArray Recommendations);

/// <summary>How a version was produced, without the per-call details.</summary>
public sealed record PersonaAnalysisSummary(
    string Provider,
    string? Model,
    string? PromptVersion,
    int PromptTokens,
    int CompletionTokens,
    int CachedTokens,
    long LatencyMs,
    string Outcome,
    string? FallbackReason);

/// <summary>One line of a user's persona list.</summary>
public sealed record PersonaSummary(
    Guid PersonaId,
    string Name,
    string? Archetype,
    int CurrentVersion,
    int WordsAnalysed,
    double? OverallQuality,
    DateTime UpdatedUtc,
    IReadOnlyList<string> Platforms);

/// <summary>One entry of a persona's history.</summary>
public sealed record PersonaVersionSummary(int Number, string Reason, string? Summary, DateTime CreatedUtc, double? OverallQuality);

/// <summary>A persona adapted to one platform, at one version.</summary>
public sealed record PlatformPersonaDocument(Guid PersonaId, int Version, string Platform, DateTime UpdatedUtc, JsonObject PlatformPersona);

using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>Builds the API contract of a persona from its stored rows.</summary>
internal static class PersonaDocuments
{
    public static PersonaDocument From(WritingPersona head, PersonaVersion version)
    {
        var content = StoredVersion.From(version);
        return new PersonaDocument(
            head.Id,
            version.Number,
            JsonDocuments.Text(content.Core, "identity.personaName") ?? head.Name,
            head.CreatedUtc,
            version.CreatedUtc,
            content.Core,
            content.Platforms,
            Quality(version.ValidationResult),
            content.Core["evidence"] is JsonArray evidence ? (JsonArray)evidence.DeepClone() : [],
            Analysis(version.AnalysisResult),
            content.Overrides,
            head.CurrentVersion);
    }

    public static PersonaQuality? Quality(PersonaValidationResult? v) => v is null ? null : new PersonaQuality(
        v.Overall, v.DataSufficiency, v.Completeness, v.EvidenceCoverage, v.Agreement, v.PlatformCompliance,
        JsonDocuments.Object(v.BreakdownJson), JsonDocuments.Array(v.RecommendationsJson));

    public static PersonaAnalysisSummary? Analysis(PersonaAnalysisResult? a) => a is null ? null : new PersonaAnalysisSummary(
        a.Provider, a.Model, a.PromptVersion, a.PromptTokens, a.CompletionTokens, a.CachedTokens, a.LatencyMs, a.Outcome, a.FallbackReason);

    public static ValidationScores Scores(PersonaValidationResult? v) => v is null
        ? new ValidationScores(0, 0, 0, 0, 0, 0)
        : new ValidationScores(v.Overall, v.DataSufficiency, v.Completeness, v.EvidenceCoverage, v.Agreement, v.PlatformCompliance,
            JsonDocuments.Object(v.BreakdownJson), JsonDocuments.Array(v.RecommendationsJson));
}

using Alwrity.Domain.Ai;
using Alwrity.Domain.Analysis.VoiceMatch;
using Alwrity.Domain.Personas.Model;
using Alwrity.Domain.Personas.Scoring;

namespace Alwrity.Domain.Personas.Generation;

/// <summary>Everything one generation produced, ready to be stored as a new version in one transaction.</summary>
public sealed record GeneratedPersona(
    CorePersona Core,
    IReadOnlyDictionary<string, PlatformPersonaDocument> Platforms,
    QualityReport Quality,
    VoiceMeasurements Measurements,
    VoiceProfile VoiceProfile,
    GenerationAudit Audit,
    IReadOnlyList<Onboarding.CollectedText> Sources,
    IReadOnlyList<string> CollectionProblems);

/// <summary>How the persona was produced: which engine, which calls, what they cost, and why anything fell back.</summary>
public sealed record GenerationAudit(
    string Provider,
    string? Model,
    string Outcome,
    string? FallbackReason,
    IReadOnlyList<ModelCallRecord> Calls,
    long LatencyMs)
{
    public int PromptTokens => Calls.Sum(c => c.PromptTokens);
    public int CompletionTokens => Calls.Sum(c => c.CompletionTokens);
    public int CachedTokens => Calls.Sum(c => c.CachedTokens);
    public string? PromptVersion => Calls.Count == 0 ? "local-rules@1" : string.Join(",", Calls.Select(c => c.PromptVersion).Distinct());
}

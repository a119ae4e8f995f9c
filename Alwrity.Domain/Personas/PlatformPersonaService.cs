using System.Text.Json.Nodes;
using Alwrity.Domain.Ai;
using Alwrity.Domain.Data;
using Alwrity.Domain.Errors;
using Alwrity.Domain.Personas.Generation;
using Alwrity.Domain.Personas.Generation.Model;
using Alwrity.Domain.Personas.Model;
using Alwrity.Domain.Personas.Scoring;
using Alwrity.Domain.Personas.Store;
using PlatformPersonaDocument = Alwrity.Domain.Personas.Model.PlatformPersonaDocument;
using Alwrity.Domain.Platforms;
using Alwrity.Domain.Platforms.Rules;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Personas;

/// <summary>
/// The seed's per-platform validate and optimize, both real: validate re-checks a stored platform persona against
/// the current rules and the core voice; optimize recomputes the adaptation (rules, measurements and the model
/// when configured) and stores it as a new version, saying what changed and why.
/// </summary>
public sealed class PlatformPersonaService(
    IDbContextFactory<AlwrityDbContext> dbFactory,
    PlatformStrategies strategies,
    PlatformRulesCatalog rules,
    PersonaScorer scorer,
    ModelPersonaWriter modelWriter,
    IAiProviderResolver providers,
    PersonaVersionWriter writer)
{
    public sealed record ValidationReport(Guid PersonaId, int Version, string Platform, bool Valid, IReadOnlyList<PersonaFinding> Findings, double Compliance);

    public sealed record FieldChange(string Field, string? Old, string? New);

    public sealed record OptimizationReport(Guid PersonaId, int Version, string Platform, bool Changed, IReadOnlyList<FieldChange> Changes,
        IReadOnlyList<string> Reasons, IReadOnlyList<PersonaFinding> FindingsBefore, IReadOnlyList<PersonaFinding> FindingsAfter, string Source);

    public async Task<ValidationReport> ValidateAsync(string userId, string platform, Guid personaId, CancellationToken cancellationToken)
    {
        var strategy = strategies.Get(platform);
        var latest = await LoadAsync(userId, personaId, cancellationToken);
        var document = latest.Platform(strategy.Key);
        var findings = strategy.Validate(document, latest.Core);
        var compliance = PersonaFinding.Compliance(findings);
        return new ValidationReport(personaId, latest.Number, strategy.Key, findings.All(f => f.Severity != "error"), findings, compliance);
    }

    public async Task<OptimizationReport> OptimizeAsync(string userId, string platform, Guid personaId, CancellationToken cancellationToken)
    {
        var strategy = strategies.Get(platform);
        var latest = await LoadAsync(userId, personaId, cancellationToken);
        var current = latest.Platforms.GetValueOrDefault(strategy.Key);
        var fresh = strategy.Adapt(latest.Core, rules.Get(strategy.Key));
        var ai = await providers.ResolveAsync(userId, cancellationToken);
        ModelCallRecord? call = null;
        if (!ai.IsLocal)
        {
            var outcome = await modelWriter.AdaptAsync(strategy, latest.Core, latest.Core.Measurements, fresh, ai, cancellationToken);
            (fresh, call) = (outcome.Value, outcome.Call);
        }

        fresh = WithUserEdits(fresh, latest);
        var before = current is null ? [] : strategy.Validate(current, latest.Core);
        var after = strategy.Validate(fresh, latest.Core);
        var changes = Compare(current?.Adaptation, fresh.Adaptation);
        if (changes.Count == 0 && current is not null)
        {
            return new OptimizationReport(personaId, latest.Number, strategy.Key, false, [], ["The adaptation already matches your current fingerprint and the platform's rules."], before, after, fresh.Source);
        }

        var platforms = new Dictionary<string, PlatformPersonaDocument>(latest.Platforms, StringComparer.OrdinalIgnoreCase) { [strategy.Key] = fresh };
        var quality = scorer.Score(latest.Core, latest.Core.Measurements, platforms);
        var saved = await writer.SaveAsync(new NewPersonaVersion
        {
            UserId = userId,
            PersonaId = personaId,
            Reason = VersionReasons.Optimized,
            Summary = $"Optimized {strategy.Key}: {changes.Count} field(s) changed.",
            CorePersona = PersonaJson.ToObject(latest.Core),
            PlatformPersonas = platforms.ToDictionary(p => p.Key, p => PersonaJson.ToObject(p.Value)),
            Inputs = latest.Inputs,
            Overrides = latest.Overrides,
            Metrics = GeneratedPersonaStore.Metrics(latest.Core, quality),
            Name = latest.Core.Identity.PersonaName,
            Archetype = latest.Core.Identity.Archetype,
            Analysis = new AnalysisDetails(ai.Provider, ai.Model, call?.PromptVersion ?? "local-rules@1", null, call?.PromptTokens ?? 0,
                call?.CompletionTokens ?? 0, call?.CachedTokens ?? 0, call?.LatencyMs ?? 0, call?.Outcome ?? "local", null),
            Validation = GeneratedPersonaStore.Scores(quality),
            BasedOnVersion = latest.Number,
        }, cancellationToken);
        var reasons = fresh.Adaptation.Rationale.Concat(after.Count < before.Count ? [$"Findings went from {before.Count} to {after.Count}."] : []).ToList();
        return new OptimizationReport(personaId, saved.VersionNumber, strategy.Key, true, changes, reasons, before, after, fresh.Source);
    }

    /// <summary>The user's own edits to this platform's adaptation survive optimisation, as they survive regeneration.</summary>
    private static PlatformPersonaDocument WithUserEdits(PlatformPersonaDocument fresh, Latest latest)
    {
        var platforms = new Dictionary<string, JsonObject> { [fresh.Platform] = PersonaJson.ToObject(fresh) };
        PersonaOverrides.Apply(PersonaJson.ToObject(latest.Core), platforms, latest.Overrides);
        return PersonaJson.FromObject<PlatformPersonaDocument>(platforms[fresh.Platform]);
    }

    private static List<FieldChange> Compare(PlatformAdaptation? old, PlatformAdaptation fresh)
    {
        var pairs = new (string Field, string? Old, string New)[]
        {
            ("targetSentenceLength", old is null ? null : Band(old.TargetSentenceLength), Band(fresh.TargetSentenceLength)),
            ("targetLength", old is null ? null : $"{old.TargetLength.Min}–{old.TargetLength.Max}", $"{fresh.TargetLength.Min}–{fresh.TargetLength.Max}"),
            ("paragraphStructure", old?.ParagraphStructure, fresh.ParagraphStructure),
            ("hookStyle", old?.HookStyle, fresh.HookStyle),
            ("ctaStyle", old?.CtaStyle, fresh.CtaStyle),
            ("hashtagStrategy", old?.HashtagStrategy, fresh.HashtagStrategy),
            ("emojiPolicy", old?.EmojiPolicy, fresh.EmojiPolicy),
            ("guidance", old is null ? null : string.Join(" | ", old.Guidance), string.Join(" | ", fresh.Guidance)),
        };
        return pairs.Where(p => !string.Equals(p.Old, p.New, StringComparison.Ordinal)).Select(p => new FieldChange(p.Field, p.Old, p.New)).ToList();
    }

    private static string Band(SentenceBand band) => $"{band.Min:0}–{band.Max:0} words";

    private sealed record Latest(int Number, CorePersona Core, IReadOnlyDictionary<string, PlatformPersonaDocument> Platforms, JsonObject Inputs, JsonObject Overrides)
    {
        public PlatformPersonaDocument Platform(string key) => Platforms.GetValueOrDefault(key)
            ?? throw new NotFoundException($"This persona has no {key} adaptation yet. Optimize it for {key} to create one.");
    }

    private async Task<Latest> LoadAsync(string userId, Guid personaId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var version = await db.PersonaVersions.AsNoTracking().Include(v => v.PlatformPersonas)
            .Where(v => v.PersonaId == personaId && v.Persona!.UserId == userId)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"No persona {personaId}.");
        var core = PersonaJson.FromObject<CorePersona>(JsonNode.Parse(version.CorePersonaJson)!);
        var platforms = version.PlatformPersonas.ToDictionary(
            p => p.Platform, p => PersonaJson.FromObject<PlatformPersonaDocument>(JsonNode.Parse(p.DataJson)!), StringComparer.OrdinalIgnoreCase);
        return new Latest(version.Number, core, platforms, JsonNode.Parse(version.InputsJson)!.AsObject(), JsonNode.Parse(version.OverridesJson)!.AsObject());
    }
}

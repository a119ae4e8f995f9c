using System.Text.Json.Nodes;
using Alwrity.Domain.Data;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Personas.Model;
using Alwrity.Domain.Personas.Scoring;
using Alwrity.Domain.Personas.Store;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Personas.Generation;

/// <summary>
/// Stores a generated persona as a new version: re-applies the user's edits (overrides) when regenerating,
/// records how it was made and its scores, and keeps the writing samples with their provenance.
/// </summary>
public sealed class GeneratedPersonaStore(PersonaVersionWriter writer, IDbContextFactory<AlwrityDbContext> dbFactory)
{
    public async Task<Guid> SaveAsync(string userId, Guid? personaId, GeneratePersonaRequest request, GeneratedPersona generated, string reason, CancellationToken cancellationToken)
    {
        var core = PersonaJson.ToObject(generated.Core);
        var platforms = generated.Platforms.ToDictionary(p => p.Key, p => PersonaJson.ToObject(p.Value), StringComparer.OrdinalIgnoreCase);
        var overrides = personaId is { } id ? await CurrentOverridesAsync(userId, id, cancellationToken) : [];
        var replaced = PersonaOverrides.Apply(core, platforms, overrides);
        var saved = await writer.SaveAsync(new NewPersonaVersion
        {
            UserId = userId,
            PersonaId = personaId,
            Reason = reason,
            Summary = $"{(personaId is null ? "Generated" : "Regenerated")} from {generated.Core.DataSufficiency.Samples} source(s), {generated.Core.DataSufficiency.WordsAnalysed:N0} words ({generated.Audit.Provider}).",
            CorePersona = core,
            PlatformPersonas = platforms,
            Inputs = Inputs(request, generated),
            Overrides = overrides,
            OverriddenValues = replaced,
            Metrics = Metrics(generated.Core, generated.Quality),
            Name = core["identity"]?["personaName"]?.GetValue<string>() ?? generated.Core.Identity.PersonaName,
            Archetype = core["identity"]?["archetype"]?.GetValue<string>() ?? generated.Core.Identity.Archetype,
            Analysis = new AnalysisDetails(generated.Audit.Provider, generated.Audit.Model, generated.Audit.PromptVersion, null,
                generated.Audit.PromptTokens, generated.Audit.CompletionTokens, generated.Audit.CachedTokens, generated.Audit.LatencyMs,
                generated.Audit.Outcome, generated.Audit.FallbackReason,
                new JsonArray(generated.Audit.Calls.Select(c => (JsonNode)PersonaJson.ToObject(c)).ToArray()),
                new JsonObject { ["sources"] = generated.Core.DataSufficiency.Samples, ["words"] = generated.Core.DataSufficiency.WordsAnalysed }),
            Validation = Scores(generated.Quality),
        }, cancellationToken);
        await KeepSamplesAsync(userId, saved.PersonaId, generated, cancellationToken);
        return saved.PersonaId;
    }

    public static PersonaMetrics Metrics(CorePersona core, QualityReport quality) => new(
        core.Measurements.Words, core.Measurements.MeanSentenceLength, core.Measurements.FleschReadingEase,
        core.Measurements.Formality, core.Measurements.SentimentMean, quality.Overall);

    public static ValidationScores Scores(QualityReport quality) => new(
        quality.Overall, quality.DataSufficiency, quality.Completeness, quality.EvidenceCoverage, quality.Agreement, quality.PlatformCompliance,
        new JsonObject
        {
            ["parts"] = new JsonArray(quality.Breakdown.Select(p => (JsonNode)PersonaJson.ToObject(p)).ToArray()),
            ["contradictions"] = new JsonArray(quality.Contradictions.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
        },
        new JsonArray(quality.Recommendations.Select(r => (JsonNode)JsonValue.Create(r)).ToArray()));

    private static JsonObject Inputs(GeneratePersonaRequest request, GeneratedPersona generated) => new()
    {
        ["sources"] = new JsonArray(generated.Core.DataSufficiency.Sources.Select(s => (JsonNode)PersonaJson.ToObject(s)).ToArray()),
        ["websiteUrls"] = new JsonArray((request.WebsiteUrls ?? []).Select(u => (JsonNode)JsonValue.Create(u)).ToArray()),
        ["profile"] = PersonaJson.ToObject(request.Profile ?? ProfileAnswers.Empty),
        ["platforms"] = new JsonArray(generated.Platforms.Keys.Select(k => (JsonNode)JsonValue.Create(k)).ToArray()),
        ["collectionProblems"] = new JsonArray(generated.CollectionProblems.Select(p => (JsonNode)JsonValue.Create(p)).ToArray()),
        ["voiceProfile"] = PersonaJson.ToObject(generated.VoiceProfile),
    };

    private async Task<JsonObject> CurrentOverridesAsync(string userId, Guid personaId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var json = await db.PersonaVersions.Where(v => v.PersonaId == personaId && v.Persona!.UserId == userId)
            .OrderByDescending(v => v.Number).Select(v => v.OverridesJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? [] : JsonNode.Parse(json)?.AsObject() ?? [];
    }

    private async Task KeepSamplesAsync(string userId, Guid personaId, GeneratedPersona generated, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.WritingSamples.Where(s => s.PersonaId == personaId && s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        foreach (var source in generated.Sources)
        {
            db.WritingSamples.Add(new WritingSample
            {
                UserId = userId, PersonaId = personaId, SourceKey = source.Id, Kind = source.Kind, Title = source.Title, Source = source.Source,
                Text = source.Text, WordCount = source.WordCount,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

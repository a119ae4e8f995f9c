using System.Text.Json.Nodes;
using Alwrity.Domain.Personas.Generation;
using Alwrity.Domain.Personas.Model;
using Alwrity.Domain.Personas.Store;
using PlatformPersonaDocument = Alwrity.Domain.Personas.Model.PlatformPersonaDocument;

namespace Alwrity.Domain.Personas.Scoring;

/// <summary>Re-scores a persona after a user edit, so an edit that contradicts the measurements lowers agreement.</summary>
public sealed class PersonaRescorer(PersonaScorer scorer) : IPersonaRescorer
{
    public ValueTask<ValidationScores> RescoreAsync(
        JsonObject core, IReadOnlyDictionary<string, JsonObject> platforms, ValidationScores previous, CancellationToken cancellationToken)
    {
        var typed = PersonaJson.FromObject<CorePersona>(core);
        var documents = platforms.ToDictionary(p => p.Key, p => PersonaJson.FromObject<PlatformPersonaDocument>(p.Value), StringComparer.OrdinalIgnoreCase);
        return ValueTask.FromResult(GeneratedPersonaStore.Scores(scorer.Score(typed, typed.Measurements, documents)));
    }
}

using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>
/// Scores a persona after an edit or restore. Register your own to recompute quality; the default keeps
/// the scores of the version the content came from (edits never change measured numbers).
/// </summary>
public interface IPersonaRescorer
{
    ValueTask<ValidationScores> RescoreAsync(
        JsonObject core, IReadOnlyDictionary<string, JsonObject> platforms, ValidationScores previous, CancellationToken cancellationToken);
}

/// <summary>The default <see cref="IPersonaRescorer"/>: the previous scores, unchanged.</summary>
public sealed class KeepPreviousScores : IPersonaRescorer
{
    public ValueTask<ValidationScores> RescoreAsync(
        JsonObject core, IReadOnlyDictionary<string, JsonObject> platforms, ValidationScores previous, CancellationToken cancellationToken) =>
        ValueTask.FromResult(previous);
}

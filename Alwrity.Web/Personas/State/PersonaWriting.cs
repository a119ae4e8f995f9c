using Alwrity.Domain.Analysis.Metrics;
using Alwrity.Domain.Personas.Store;

namespace Alwrity.Web.Personas.State;

/// <summary>The writing a persona was measured from, by the source key evidence cites, and what the pictures need from it.</summary>
public sealed record PersonaWriting(IReadOnlyDictionary<string, PersonaSourceText> Sources, SentenceLengthHistogram SentenceLengths)
{
    public static PersonaWriting None { get; } = new(new Dictionary<string, PersonaSourceText>(), SentenceLengthHistogram.From([]));

    public static PersonaWriting From(IReadOnlyList<PersonaSourceText> sources) => new(
        sources.DistinctBy(s => s.SourceKey).ToDictionary(s => s.SourceKey, StringComparer.Ordinal),
        SentenceLengthHistogram.From(sources.Select(s => s.Text)));

    public string? TextOf(string sourceId) => Sources.TryGetValue(sourceId, out var source) ? source.Text : null;
}

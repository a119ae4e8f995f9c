using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>What an edited or restored version inherits from the version its content came from.</summary>
internal static class CarriedOver
{
    /// <summary>
    /// The analysis of the source version, without its token usage: no model was called for this
    /// version, so summing tokens over versions still gives the true cost.
    /// </summary>
    public static AnalysisDetails Analysis(PersonaAnalysisResult? source, int sourceVersion, string reason) => new(
        source?.Provider ?? "none",
        source?.Model,
        source?.PromptVersion,
        source?.PromptHash,
        PromptTokens: 0,
        CompletionTokens: 0,
        CachedTokens: 0,
        LatencyMs: 0,
        Outcome: source?.Outcome ?? "succeeded",
        source?.FallbackReason,
        [],
        new JsonObject { ["carriedOverFromVersion"] = sourceVersion, ["reason"] = reason });

    /// <summary>The version's own inputs, without the bookkeeping of replaced values.</summary>
    public static JsonObject Inputs(StoredVersion source)
    {
        var inputs = (JsonObject)source.Inputs.DeepClone();
        inputs.Remove(PersonaVersionRows.OverriddenValuesKey);
        return inputs;
    }

    /// <summary>Measured figures read from a core persona, falling back to the head row's columns.</summary>
    public static PersonaMetrics Metrics(JsonObject core, WritingPersona head, double overall) => new(
        (int?)JsonDocuments.Number(core, "dataSufficiency.wordsAnalysed") ?? head.WordsAnalysed,
        First(core, "linguisticFingerprint.sentenceLength.mean", "linguisticFingerprint.sentences.meanWords") ?? head.MeanSentenceLength,
        First(core, "linguisticFingerprint.readability.fleschReadingEase") ?? head.FleschReadingEase,
        First(core, "tonalRange.formality") ?? head.Formality,
        First(core, "tonalRange.sentimentMean") ?? head.SentimentCompound,
        overall);

    private static double? First(JsonObject core, params string[] paths) =>
        paths.Select(p => JsonDocuments.Number(core, p)).FirstOrDefault(n => n is not null);
}

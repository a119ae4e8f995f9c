using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Reads and writes <see cref="VoiceNorms"/> as JSON. Writing is byte-for-byte deterministic: fixed property
/// order, invariant culture, fixed decimals, one feature per line, LF line endings and a final newline.
/// </summary>
public static class VoiceNormsJson
{
    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    private static readonly JsonSerializerOptions StringOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Parses norms written by <see cref="Write"/>.</summary>
    public static VoiceNorms Read(Stream json) =>
        JsonSerializer.Deserialize<VoiceNorms>(json, ReadOptions) ?? throw new InvalidDataException("Empty voice norms.");

    /// <summary>The JSON text of <paramref name="norms"/>.</summary>
    public static string Write(VoiceNorms norms)
    {
        var json = new StringBuilder();
        json.Append("{\n");
        json.Append(Invariant($"  \"formatVersion\": {norms.FormatVersion},\n"));
        json.Append(Invariant($"  \"id\": {Quote(norms.Id)},\n"));
        json.Append(Invariant($"  \"chunkWords\": {norms.ChunkWords},\n"));
        json.Append(Invariant($"  \"documents\": {norms.Documents},\n"));
        json.Append(Invariant($"  \"chunks\": {norms.Chunks},\n"));
        WriteCalibration(json, norms.Calibration);
        WriteNorms(json, "punctuation", "feature", norms.Punctuation.Select(p => (p.Feature, p.Mean, p.Std, p.Weight)));
        json.Append(",\n");
        WriteNorms(json, "charNGrams", "feature", norms.CharNGrams.Select(n => (n.Feature, n.Mean, n.Std, n.Weight)));
        json.Append(",\n");
        WriteNorms(json, "words", "word", norms.Words.Select(w => (w.Word, w.Mean, w.Std, w.Weight)));
        if (norms.Nuisance is { } nuisance)
        {
            json.Append(",\n  \"nuisance\": {\n");
            WriteDirections(json, "words", nuisance.Words);
            json.Append("\n  }");
        }

        json.Append("\n}\n");
        return json.ToString();
    }

    private static void WriteCalibration(StringBuilder json, VoiceCalibration c)
    {
        json.Append("  \"calibration\": {\n");
        json.Append(Invariant($"    \"features\": [{string.Join(", ", c.Features.Select(Quote))}],\n"));
        json.Append(Invariant($"    \"intercept\": {Format(c.Intercept, 6)},\n"));
        json.Append(Invariant($"    \"weights\": [{string.Join(", ", c.Weights.Select(w => Format(w, 6)))}],\n"));
        json.Append(Invariant($"    \"matchScore\": {Format(c.MatchScore, 1)},\n"));
        json.Append(Invariant($"    \"mismatchScore\": {Format(c.MismatchScore, 1)},\n"));
        json.Append(Invariant($"    \"auc\": {Format(c.Auc, 4)},\n"));
        json.Append(Invariant($"    \"crossValidatedAuc\": {Format(c.CrossValidatedAuc, 4)},\n"));
        json.Append(Invariant($"    \"samePairs\": {c.SamePairs},\n"));
        json.Append(Invariant($"    \"differentPairs\": {c.DifferentPairs}\n"));
        json.Append("  },\n");
    }

    private static void WriteNorms(
        StringBuilder json, string arrayName, string nameKey, IEnumerable<(string Name, double Mean, double Std, double Weight)> norms)
    {
        json.Append(Invariant($"  \"{arrayName}\": ["));
        var separator = "\n";
        foreach (var (name, mean, std, weight) in norms)
        {
            json.Append(separator);
            json.Append(Invariant(
                $"    {{\"{nameKey}\": {Quote(name)}, \"mean\": {Format(mean, 4)}, \"std\": {Format(std, 4)}, \"weight\": {Format(weight, 4)}}}"));
            separator = ",\n";
        }

        json.Append("\n  ]");
    }

    /// <summary>One direction per line, with <see cref="NuisanceDirectionsBuilder.Decimals"/> decimals.</summary>
    private static void WriteDirections(StringBuilder json, string arrayName, IReadOnlyList<double[]> directions)
    {
        json.Append(Invariant($"    \"{arrayName}\": ["));
        var separator = "\n";
        foreach (var direction in directions)
        {
            json.Append(separator);
            json.Append("      [");
            json.AppendJoin(", ", direction.Select(v => Format(v, NuisanceDirectionsBuilder.Decimals)));
            json.Append(']');
            separator = ",\n";
        }

        json.Append(directions.Count > 0 ? "\n    ]" : "]");
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, StringOptions);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Format(double value, int decimals)
    {
        var rounded = Math.Round(double.IsFinite(value) ? value : 0, decimals, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}

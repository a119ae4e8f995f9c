using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Reads and writes <see cref="VoiceNorms"/> as JSON. Writing is byte-for-byte deterministic: fixed property
/// order, invariant culture, fixed decimals, LF line endings and a final newline.
/// </summary>
public static class VoiceNormsJson
{
    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Parses norms written by <see cref="Write"/>.</summary>
    public static VoiceNorms Read(Stream json) =>
        JsonSerializer.Deserialize<VoiceNorms>(json, ReadOptions) ?? throw new InvalidDataException("Empty voice norms.");

    /// <summary>The JSON text of <paramref name="norms"/>.</summary>
    public static string Write(VoiceNorms norms)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var w = new Utf8JsonWriter(buffer, options))
        {
            w.WriteStartObject();
            w.WriteNumber("formatVersion", norms.FormatVersion);
            w.WriteString("id", norms.Id);
            w.WriteNumber("chunkWords", norms.ChunkWords);
            w.WriteNumber("documents", norms.Documents);
            w.WriteNumber("chunks", norms.Chunks);
            WriteCalibration(w, norms.Calibration);
            w.WriteStartArray("punctuation");
            foreach (var p in norms.Punctuation)
            {
                WriteNorm(w, "feature", p.Feature, p.Mean, p.Std);
            }

            w.WriteEndArray();
            w.WriteStartArray("charNGrams");
            foreach (var n in norms.CharNGrams)
            {
                WriteNorm(w, "feature", n.Feature, n.Mean, n.Std);
            }

            w.WriteEndArray();
            w.WriteStartArray("words");
            foreach (var word in norms.Words)
            {
                WriteNorm(w, "word", word.Word, word.Mean, word.Std);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteCalibration(Utf8JsonWriter w, VoiceCalibration c)
    {
        w.WriteStartObject("calibration");
        w.WriteStartArray("features");
        foreach (var feature in c.Features)
        {
            w.WriteStringValue(feature);
        }

        w.WriteEndArray();
        Fixed(w, "intercept", c.Intercept, 6);
        w.WriteStartArray("weights");
        foreach (var weight in c.Weights)
        {
            w.WriteRawValue(Format(weight, 6));
        }

        w.WriteEndArray();
        Fixed(w, "matchScore", c.MatchScore, 1);
        Fixed(w, "mismatchScore", c.MismatchScore, 1);
        Fixed(w, "auc", c.Auc, 4);
        Fixed(w, "crossValidatedAuc", c.CrossValidatedAuc, 4);
        w.WriteNumber("samePairs", c.SamePairs);
        w.WriteNumber("differentPairs", c.DifferentPairs);
        w.WriteEndObject();
    }

    private static void WriteNorm(Utf8JsonWriter w, string nameKey, string name, double mean, double std)
    {
        w.WriteStartObject();
        w.WriteString(nameKey, name);
        Fixed(w, "mean", mean, 4);
        Fixed(w, "std", std, 4);
        w.WriteEndObject();
    }

    private static void Fixed(Utf8JsonWriter w, string name, double value, int decimals)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(Format(value, decimals));
    }

    private static string Format(double value, int decimals)
    {
        var rounded = Math.Round(double.IsFinite(value) ? value : 0, decimals, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}

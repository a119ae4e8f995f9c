using System.Globalization;
using System.Text.Json.Nodes;
using Alwrity.Domain.Personas.Store;

namespace Alwrity.Web.Personas.History;

/// <summary>How a diff reads to a person: values as short text, and which changes are measured figures.</summary>
public static class DiffText
{
    private static readonly string[] MeasuredRoots =
    [
        "corePersona.linguisticFingerprint.", "corePersona.evidence", "corePersona.dataSufficiency.", "corePersona.confidence",
        "corePersona.measurements.", "corePersona.tonalRange.sentiment", "corePersona.tonalRange.formality",
    ];

    /// <summary>True for figures the analyzer measured (they change when the writing changes, not by editing).</summary>
    public static bool IsMeasured(FieldChange change) =>
        MeasuredRoots.Any(r => change.Path.StartsWith(r, StringComparison.Ordinal)) || change.Path.Contains(".rules.", StringComparison.Ordinal);

    /// <summary>A value as a short readable text (lists joined, numbers rounded, long text cut).</summary>
    public static string Show(JsonNode? value, int maxLength = 300)
    {
        var text = value switch
        {
            null => "—",
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonValue v when v.TryGetValue<double>(out var d) => d.ToString("0.###", CultureInfo.CurrentCulture),
            JsonArray a when a.All(i => i is JsonValue) => string.Join(", ", a.Select(i => Show(i, maxLength))),
            _ => value.ToJsonString(),
        };
        return text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>Reading stored JSON columns defensively: a missing or malformed value reads as empty.</summary>
internal static class JsonDocuments
{
    public static JsonObject Object(string? json) => Parse(json) as JsonObject ?? [];

    public static JsonArray Array(string? json) => Parse(json) as JsonArray ?? [];

    /// <summary>The node at a dotted path ("identity.personaName"), or null.</summary>
    public static JsonNode? At(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (var segment in path.Split('.'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(segment, out var child) ? child : null;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public static string? Text(JsonObject root, string path) =>
        At(root, path) is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    public static double? Number(JsonObject root, string path) =>
        At(root, path) is JsonValue v && v.TryGetValue<double>(out var d) && double.IsFinite(d) ? d : null;

    public static IReadOnlyList<string> Texts(JsonObject root, string path) =>
        At(root, path) is JsonArray a
            ? a.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s.Trim() : null)
                .Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList()
            : [];

    private static JsonNode? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

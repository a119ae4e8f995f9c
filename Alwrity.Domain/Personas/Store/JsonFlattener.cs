using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>Flattens persona documents to ordered (JSON path → value) pairs; arrays stay whole values.</summary>
internal static class JsonFlattener
{
    public const string CorePrefix = "corePersona";
    public const string PlatformsPrefix = "platformPersonas";

    public static Dictionary<string, JsonNode?> Flatten(JsonObject core, IReadOnlyDictionary<string, JsonObject> platforms)
    {
        var paths = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        Walk(core, CorePrefix, paths);
        foreach (var (platform, document) in platforms.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Walk(document, $"{PlatformsPrefix}.{platform}", paths);
        }

        return paths;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, JsonNode?> paths)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj)
            {
                Walk(child, $"{path}.{key}", paths);
            }
        }
        else
        {
            paths[path] = node;
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Alwrity.Domain.Personas;

/// <summary>One set of JSON options for persona documents: camelCase, no nulls written, numbers as numbers.</summary>
public static class PersonaJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static JsonObject ToObject<T>(T value) =>
        JsonSerializer.SerializeToNode(value, Options)?.AsObject() ?? [];

    public static T FromObject<T>(JsonNode node) =>
        node.Deserialize<T>(Options) ?? throw new JsonException($"Could not read a {typeof(T).Name}.");
}

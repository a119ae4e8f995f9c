using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace Alwrity.Domain.Ai.Schema;

/// <summary>
/// JSON schemas for structured output, generated from our records with <see cref="JsonSchemaExporter"/> and
/// stripped of the keywords Gemini's OpenAI-compatible endpoint rejects ($schema, additionalProperties, format;
/// propertyNames too, which dictionaries would emit).
/// Property names are never stripped: a record may have a property called "format".
/// </summary>
public static class ModelJsonSchema
{
    /// <summary>Keywords removed from every schema position.</summary>
    public static readonly IReadOnlySet<string> StrippedKeywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "$schema", "additionalProperties", "format", "propertyNames",
    };

    private static readonly ConcurrentDictionary<Type, string> Cache = new();

    private static readonly JsonSchemaExporterOptions ExporterOptions = new() { TreatNullObliviousAsNonNullable = true };

    /// <summary>The stripped schema of <paramref name="type"/> as a fresh node (callers may change it).</summary>
    public static JsonNode For(Type type) => JsonNode.Parse(Text(type))!;

    /// <summary>The stripped schema of <paramref name="type"/> as compact JSON text (cached per type).</summary>
    public static string Text(Type type) => Cache.GetOrAdd(type, static t =>
    {
        var node = ModelJson.Options.GetJsonSchemaAsNode(t, ExporterOptions);
        Strip(node);
        return node.ToJsonString();
    });

    /// <summary>A schema name the OpenAI API accepts (letters, digits, '_' and '-', at most 64).</summary>
    public static string NameFor(Type type)
    {
        var name = new string(type.Name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-').ToArray());
        return name.Length == 0 ? "result" : name[..Math.Min(64, name.Length)];
    }

    /// <summary>Removes <see cref="StrippedKeywords"/> from a schema and all its sub-schemas, in place.</summary>
    public static void Strip(JsonNode? schema)
    {
        if (schema is not JsonObject obj)
        {
            return;
        }

        foreach (var keyword in StrippedKeywords)
        {
            obj.Remove(keyword);
        }

        foreach (var (key, value) in obj.ToList())
        {
            switch (key)
            {
                case "properties" or "patternProperties" or "$defs" or "definitions" when value is JsonObject map:
                    foreach (var (_, sub) in map)
                    {
                        Strip(sub);
                    }

                    break;
                case "items" or "additionalItems" or "not" or "if" or "then" or "else" or "contains":
                    Strip(value);
                    break;
                case "anyOf" or "allOf" or "oneOf" or "prefixItems" when value is JsonArray list:
                    foreach (var sub in list)
                    {
                        Strip(sub);
                    }

                    break;
            }
        }
    }
}

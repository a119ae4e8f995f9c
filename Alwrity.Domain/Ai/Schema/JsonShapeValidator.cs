using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alwrity.Domain.Ai.Schema;

/// <summary>
/// Checks a model answer against the subset of JSON Schema our exporter emits: type, enum, required, properties,
/// items, anyOf. Required values must be present, non-null (unless the type allows null) and, for strings,
/// not blank. Messages name the JSON path, so they can be sent back to the model in a repair request.
/// </summary>
public static class JsonShapeValidator
{
    public static IReadOnlyList<string> Validate(JsonNode? value, JsonNode schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors);
        return errors;
    }

    private static void Check(JsonNode? value, JsonNode? schema, string path, List<string> errors)
    {
        if (schema is not JsonObject rules || errors.Count >= 20)
        {
            return;
        }

        if (rules["anyOf"] is JsonArray options)
        {
            if (!options.Any(option => Validate(value, option!).Count == 0))
            {
                errors.Add($"{path}: does not match any allowed shape.");
            }

            return;
        }

        if (!TypeMatches(value, rules["type"]))
        {
            errors.Add($"{path}: expected {Describe(rules["type"])} but found {Kind(value)}.");
            return;
        }

        if (rules["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            errors.Add($"{path}: '{value?.ToJsonString()}' is not one of {allowed.ToJsonString()}.");
        }

        switch (value)
        {
            case JsonObject obj:
                CheckObject(obj, rules, path, errors);
                break;
            case JsonArray array when rules["items"] is JsonObject itemSchema:
                for (var i = 0; i < array.Count; i++)
                {
                    Check(array[i], itemSchema, $"{path}[{i}]", errors);
                }

                break;
        }
    }

    private static void CheckObject(JsonObject obj, JsonObject rules, string path, List<string> errors)
    {
        var properties = rules["properties"] as JsonObject;
        foreach (var name in (rules["required"] as JsonArray ?? []).Select(n => n?.GetValue<string>()).OfType<string>())
        {
            var sub = properties?[name];
            if (!obj.TryGetPropertyValue(name, out var present))
            {
                errors.Add($"{path}.{name}: required but missing.");
            }
            else if (present is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>()))
            {
                errors.Add($"{path}.{name}: required but empty.");
            }
            else if (present is null && !TypeMatches(null, (sub as JsonObject)?["type"]))
            {
                errors.Add($"{path}.{name}: required but null.");
            }
        }

        if (properties is null)
        {
            return;
        }

        foreach (var (name, sub) in properties)
        {
            if (obj.TryGetPropertyValue(name, out var present) && !(present is null && errors.Any(e => e.StartsWith($"{path}.{name}:", StringComparison.Ordinal))))
            {
                Check(present, sub, $"{path}.{name}", errors);
            }
        }
    }

    private static bool TypeMatches(JsonNode? value, JsonNode? type) => type switch
    {
        null => true,
        JsonArray types => types.Any(t => TypeMatches(value, t)),
        JsonValue single => single.GetValue<string>() switch
        {
            "null" => value is null,
            "object" => value is JsonObject,
            "array" => value is JsonArray,
            "string" => value is JsonValue s && s.GetValueKind() == JsonValueKind.String,
            "boolean" => value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            "number" => value is JsonValue n && n.GetValueKind() == JsonValueKind.Number,
            "integer" => value is JsonValue i && i.GetValueKind() == JsonValueKind.Number && IsWhole(i),
            _ => true,
        },
        _ => true,
    };

    private static bool IsWhole(JsonValue number) => number.TryGetValue<decimal>(out var d) && decimal.Truncate(d) == d;

    private static string Describe(JsonNode? type) => type is JsonArray many ? string.Join(" or ", many.Select(t => t?.ToString())) : type?.ToString() ?? "any";

    private static string Kind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind().ToString().ToLowerInvariant(),
        _ => "unknown",
    };
}

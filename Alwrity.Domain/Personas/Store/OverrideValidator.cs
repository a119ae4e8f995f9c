using System.Text.Json.Nodes;
using Alwrity.Domain.Errors;

namespace Alwrity.Domain.Personas.Store;

/// <summary>
/// Checks a batch of overrides and returns them cleaned (paths normalised, text trimmed). Every problem is
/// reported at once, keyed by the path, in words a person can act on.
/// </summary>
internal static class OverrideValidator
{
    public const int MaxOverridesPerEdit = 100;

    public static JsonObject Validate(JsonObject? overrides, ICollection<string> platforms)
    {
        if (overrides is null || overrides.Count == 0)
        {
            throw new InputValidationException("overrides", "Send at least one field to change, e.g. {\"overrides\": {\"identity.personaName\": \"…\"}}.");
        }

        if (overrides.Count > MaxOverridesPerEdit)
        {
            throw new InputValidationException("overrides", $"Change at most {MaxOverridesPerEdit} fields at a time.");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var clean = new JsonObject();
        foreach (var (path, value) in overrides)
        {
            var field = EditableFields.Resolve(path, out var whyNot);
            var problem = whyNot ?? (field!.Platform is { } p && !platforms.Contains(p)
                ? $"This persona has no '{p}' adaptation, so '{field.Path}' can't be edited."
                : null);
            JsonNode? cleaned = null;
            problem ??= value is null ? null : Clean(field!, value, out cleaned);
            if (problem is not null)
            {
                errors[path] = [problem];
            }
            else
            {
                clean[field!.Path] = cleaned;
            }
        }

        return errors.Count > 0 ? throw new InputValidationException(errors) : clean;
    }

    private static string? Clean(EditableField field, JsonNode value, out JsonNode? cleaned)
    {
        cleaned = null;
        if (value is JsonValue v && v.TryGetValue<string>(out var text) && field.Shape != FieldShape.TextList)
        {
            var problem = TextProblem(field.Label, text.Trim());
            cleaned = problem is null ? JsonValue.Create(text.Trim()) : null;
            return problem;
        }

        if (value is JsonArray array && field.Shape != FieldShape.Text)
        {
            return CleanList(field.Label, array, out cleaned);
        }

        return field.Shape switch
        {
            FieldShape.Text => $"{field.Label} must be text (or null to go back to the generated value).",
            FieldShape.TextList => $"{field.Label} must be a list of text items (or null to go back to the generated list).",
            _ => $"{field.Label} must be text or a list of text items.",
        };
    }

    private static string? TextProblem(string label, string text) =>
        text.Length == 0 ? $"{label} can't be empty. Send null to go back to the generated value."
        : text.Length > EditableFields.MaxTextLength ? $"{label} is {text.Length} characters long; keep it to {EditableFields.MaxTextLength}."
        : null;

    private static string? CleanList(string label, JsonArray array, out JsonNode? cleaned)
    {
        cleaned = null;
        if (array.Count > EditableFields.MaxListItems)
        {
            return $"{label} has {array.Count} items; keep it to {EditableFields.MaxListItems}.";
        }

        var items = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in array)
        {
            if (node is not JsonValue value || !value.TryGetValue<string>(out var raw))
            {
                return $"{label} must be a list of text items.";
            }

            var item = raw.Trim();
            if (item.Length == 0)
            {
                return $"{label} has an empty item. Remove it or type something in it.";
            }

            if (item.Length > EditableFields.MaxTextLength)
            {
                return $"An item of {label} is {item.Length} characters long; keep each to {EditableFields.MaxTextLength}.";
            }

            if (!seen.Add(item))
            {
                return $"{label} lists '{item}' more than once. Keep one.";
            }

            items.Add(item);
        }

        cleaned = new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
        return null;
    }
}

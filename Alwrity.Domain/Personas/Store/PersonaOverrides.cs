using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>
/// User overrides of qualitative fields (JSON path → value). The generation pipeline applies them to a
/// freshly generated persona so a user's edits survive regeneration until they reset them.
/// </summary>
public static class PersonaOverrides
{
    /// <summary>
    /// Writes each override into the documents, in place: core paths ("identity.personaName") into
    /// <paramref name="core"/>, "platformPersonas.{p}.…" paths into that platform's document when present.
    /// Paths that are not editable and null values are ignored, so measured values can never be replaced.
    /// Returns the values the overrides replaced (path → value, null where the field was absent); pass it as
    /// <see cref="NewPersonaVersion.OverriddenValues"/> so a later reset can restore the generated value.
    /// </summary>
    public static JsonObject Apply(JsonObject core, IDictionary<string, JsonObject> platforms, JsonObject overrides)
    {
        var replaced = new JsonObject();
        foreach (var (path, value) in overrides)
        {
            var field = EditableFields.Resolve(path, out _);
            if (field is null || value is null || Document(field, core, platforms) is not { } document)
            {
                continue;
            }

            replaced[field.Path] = JsonDocuments.At(document, field.DocumentPath)?.DeepClone();
            Set(document, field.DocumentPath, value.DeepClone());
        }

        return replaced;
    }

    /// <summary>The accumulated overrides after an edit: new values replace old ones, null removes an override.</summary>
    public static JsonObject Merge(JsonObject current, JsonObject changes)
    {
        var merged = (JsonObject)current.DeepClone();
        foreach (var (path, value) in changes)
        {
            var key = EditableFields.Normalise(path);
            if (value is null)
            {
                merged.Remove(key);
            }
            else
            {
                merged[key] = value.DeepClone();
            }
        }

        return merged;
    }

    /// <summary>Puts a field back to <paramref name="value"/>; null removes it. Ignores paths that aren't editable.</summary>
    public static void Restore(JsonObject core, IDictionary<string, JsonObject> platforms, string path, JsonNode? value)
    {
        var field = EditableFields.Resolve(path, out _);
        if (field is not null && Document(field, core, platforms) is { } document)
        {
            Set(document, field.DocumentPath, value?.DeepClone());
        }
    }

    private static JsonObject? Document(EditableField field, JsonObject core, IDictionary<string, JsonObject> platforms) =>
        field.Platform is null ? core : platforms.TryGetValue(field.Platform, out var document) ? document : null;

    private static void Set(JsonObject document, string path, JsonNode? value)
    {
        var segments = path.Split('.');
        var parent = document;
        foreach (var segment in segments[..^1])
        {
            if (parent[segment] is not JsonObject child)
            {
                child = [];
                parent[segment] = child;
            }

            parent = child;
        }

        if (value is null)
        {
            parent.Remove(segments[^1]);
        }
        else
        {
            parent[segments[^1]] = value;
        }
    }
}

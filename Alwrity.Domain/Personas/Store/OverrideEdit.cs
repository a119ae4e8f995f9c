using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>
/// The documents of an edited version: a copy of the latest version with the changed overrides applied,
/// reset fields put back to their generated values, and the record of which generated values are replaced.
/// </summary>
internal sealed class OverrideEdit
{
    private readonly List<string> edited = [];
    private readonly List<string> reset = [];

    private OverrideEdit(StoredVersion source)
    {
        Core = (JsonObject)source.Core.DeepClone();
        Platforms = source.Platforms.ToDictionary(p => p.Key, p => (JsonObject)p.Value.DeepClone(), StringComparer.Ordinal);
        OverriddenValues = (JsonObject)source.OverriddenValues.DeepClone();
        Overrides = source.Overrides;
    }

    public JsonObject Core { get; }
    public Dictionary<string, JsonObject> Platforms { get; }
    public JsonObject Overrides { get; private set; }
    public JsonObject OverriddenValues { get; }

    /// <param name="generatedValue">Looks up a field's generated value when it was not recorded.</param>
    public static async Task<OverrideEdit> PlanAsync(
        StoredVersion source, JsonObject changes, Func<string, Task<(bool Found, JsonNode? Value)>> generatedValue)
    {
        var edit = new OverrideEdit(source);
        var values = new JsonObject();
        foreach (var (path, value) in changes)
        {
            var before = source.Overrides[path];
            if (value is null && source.Overrides.ContainsKey(path))
            {
                await edit.ResetAsync(path, generatedValue);
            }
            else if (value is not null)
            {
                values[path] = value.DeepClone();
                if (before is null || !JsonNode.DeepEquals(before, value))
                {
                    edit.edited.Add(path);
                }
            }
        }

        foreach (var (path, replaced) in PersonaOverrides.Apply(edit.Core, edit.Platforms, values))
        {
            if (!source.Overrides.ContainsKey(path) && !edit.OverriddenValues.ContainsKey(path))
            {
                edit.OverriddenValues[path] = replaced?.DeepClone();
            }
        }

        edit.Overrides = PersonaOverrides.Merge(source.Overrides, changes);
        return edit;
    }

    public bool ChangesAnything(StoredVersion source) =>
        !JsonNode.DeepEquals(Overrides, source.Overrides) || !JsonNode.DeepEquals(Core, source.Core)
        || Platforms.Any(p => !JsonNode.DeepEquals(p.Value, source.Platforms[p.Key]));

    /// <summary>"Edited Persona name and LinkedIn · Hook style; reset Permissible tones."</summary>
    public string Summary()
    {
        var labels = new FieldLabels(Platforms);
        string Names(List<string> paths) => Join(paths.Select(p => EditableFields.Resolve(p, out _)!.Platform is null
            ? FieldLabels.ForField(p) : labels.For(p)).ToList());
        var parts = new List<string>();
        if (edited.Count > 0)
        {
            parts.Add("Edited " + Names(edited));
        }

        if (reset.Count > 0)
        {
            parts.Add((parts.Count == 0 ? "Reset " : "reset ") + Names(reset));
        }

        return parts.Count == 0 ? "Kept the current values as overrides." : string.Join("; ", parts) + ".";
    }

    private async Task ResetAsync(string path, Func<string, Task<(bool Found, JsonNode? Value)>> generatedValue)
    {
        reset.Add(path);
        if (OverriddenValues.TryGetPropertyValue(path, out var original))
        {
            PersonaOverrides.Restore(Core, Platforms, path, original);
            OverriddenValues.Remove(path);
            return;
        }

        var (found, value) = await generatedValue(path);
        if (found)
        {
            PersonaOverrides.Restore(Core, Platforms, path, value);
        }
    }

    private static string Join(List<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(", ", names[..^1]) + " and " + names[^1];
}

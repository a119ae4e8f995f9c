using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Alwrity.Domain.Personas.Store;

/// <summary>What changed between two versions of a persona.</summary>
public sealed record PersonaVersionDiff(Guid PersonaId, int From, int To, IReadOnlyList<FieldChange> Changes);

/// <summary>One changed field: its JSON path, a label a person can read, and the values before and after.</summary>
public sealed record FieldChange(
    string Path,
    string Label,
    string Kind,
    JsonNode? Old,
    JsonNode? New,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? AddedItems = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? RemovedItems = null);

/// <summary>The kinds of <see cref="FieldChange"/>.</summary>
public static class ChangeKinds
{
    public const string Changed = "changed";
    public const string Added = "added";
    public const string Removed = "removed";
}

/// <summary>
/// Compares two versions' documents as flat maps of JSON paths ("corePersona.identity.personaName",
/// "platformPersonas.linkedin.adaptation.hookStyle") to values. Arrays are whole values; lists of strings
/// also report the items added and removed. Numbers equal within a tiny tolerance are unchanged.
/// </summary>
public static class PersonaDiff
{
    private const double RelativeTolerance = 1e-6;

    public static IReadOnlyList<FieldChange> Compare(
        JsonObject oldCore, IReadOnlyDictionary<string, JsonObject> oldPlatforms,
        JsonObject newCore, IReadOnlyDictionary<string, JsonObject> newPlatforms)
    {
        var before = JsonFlattener.Flatten(oldCore, oldPlatforms);
        var after = JsonFlattener.Flatten(newCore, newPlatforms);
        var labels = new FieldLabels(oldPlatforms, newPlatforms);
        var changes = new List<FieldChange>();
        foreach (var (path, oldValue) in before)
        {
            if (!after.TryGetValue(path, out var newValue))
            {
                changes.Add(Change(labels, path, ChangeKinds.Removed, oldValue, null));
            }
            else if (!AreEqual(oldValue, newValue))
            {
                changes.Add(Change(labels, path, ChangeKinds.Changed, oldValue, newValue));
            }
        }

        changes.AddRange(after.Where(p => !before.ContainsKey(p.Key))
            .Select(p => Change(labels, p.Key, ChangeKinds.Added, null, p.Value)));
        return changes;
    }

    public static bool AreEqual(JsonNode? a, JsonNode? b)
    {
        if (a is JsonValue x && b is JsonValue y && x.TryGetValue<double>(out var m) && y.TryGetValue<double>(out var n))
        {
            return Math.Abs(m - n) <= RelativeTolerance * Math.Max(1, Math.Max(Math.Abs(m), Math.Abs(n)));
        }

        return JsonNode.DeepEquals(a, b);
    }

    private static FieldChange Change(FieldLabels labels, string path, string kind, JsonNode? oldValue, JsonNode? newValue)
    {
        var oldItems = StringItems(oldValue);
        var newItems = StringItems(newValue);
        var isList = (oldItems ?? newItems) is not null && (oldValue is null || oldItems is not null) && (newValue is null || newItems is not null);
        return new FieldChange(
            path, labels.For(path), kind, oldValue?.DeepClone(), newValue?.DeepClone(),
            isList ? (newItems ?? []).Except(oldItems ?? [], StringComparer.Ordinal).ToList() : null,
            isList ? (oldItems ?? []).Except(newItems ?? [], StringComparer.Ordinal).ToList() : null);
    }

    /// <summary>The items of a list of strings (an empty list counts), or null for anything else.</summary>
    internal static IReadOnlyList<string>? StringItems(JsonNode? node) =>
        node is JsonArray array && array.All(i => i is JsonValue v && v.TryGetValue<string>(out _))
            ? array.Select(i => i!.GetValue<string>()).ToList()
            : null;
}

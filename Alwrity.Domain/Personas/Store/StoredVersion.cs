using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>The JSON content of one stored version, parsed into fresh (mutable, unshared) documents.</summary>
internal sealed record StoredVersion(
    JsonObject Core,
    Dictionary<string, JsonObject> Platforms,
    JsonObject Overrides,
    JsonObject Inputs)
{
    public static StoredVersion From(PersonaVersion version) => new(
        JsonDocuments.Object(version.CorePersonaJson),
        version.PlatformPersonas.OrderBy(p => p.Platform, StringComparer.Ordinal)
            .ToDictionary(p => p.Platform, p => JsonDocuments.Object(p.DataJson), StringComparer.Ordinal),
        JsonDocuments.Object(version.OverridesJson),
        JsonDocuments.Object(version.InputsJson));

    /// <summary>The generated values the overrides replaced, when they were recorded.</summary>
    public JsonObject OverriddenValues =>
        Inputs[PersonaVersionRows.OverriddenValuesKey] as JsonObject ?? [];
}

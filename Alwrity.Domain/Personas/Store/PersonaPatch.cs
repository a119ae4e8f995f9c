using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Store;

/// <summary>
/// A user's edit: qualitative fields by JSON path ("identity.personaName", "platformPersonas.linkedin.adaptation.hookStyle")
/// with a new value, or null to go back to the generated value. <see cref="ExpectedVersion"/> guards against editing a stale copy.
/// </summary>
public sealed record PersonaPatch(int? ExpectedVersion, JsonObject? Overrides);

using Alwrity.Domain.Analysis;
using Alwrity.Domain.Personas;
using Alwrity.Domain.Personas.Model;
using Alwrity.Domain.Personas.Store;
using Alwrity.Domain.Platforms;
using PlatformPersonaDocument = Alwrity.Domain.Personas.Model.PlatformPersonaDocument;

namespace Alwrity.Web.Personas.State;

/// <summary>
/// The persona a signed-in user is working with, as the layout cascades it to every page: one version,
/// read once and never changed in place. <see cref="PersonaState"/> swaps in a new value when it changes.
/// </summary>
public sealed record PersonaContext(
    Guid PersonaId,
    int Version,
    string Name,
    CorePersona Core,
    IReadOnlyDictionary<string, PlatformPersonaDocument> Platforms,
    PersonaQuality? Quality,
    PersonaDocument Document,
    bool IsOwn)
{
    /// <summary>The measured fingerprint of the writing, typed (the core persona keeps it as the analyzer wrote it).</summary>
    public Fingerprint Fingerprint { get; } = PersonaJson.FromObject<Fingerprint>(Core.LinguisticFingerprint);

    private static readonly string[] FirstPlatforms = [.. PlatformStrategies.Default];

    /// <summary>The platforms of this version in a stable order: LinkedIn and Facebook first, then the rest by name.</summary>
    public IReadOnlyList<string> PlatformKeys => Platforms.Keys
        .OrderBy(k => Array.IndexOf(FirstPlatforms, k) is var i && i < 0 ? int.MaxValue : i)
        .ThenBy(k => k, StringComparer.Ordinal).ToList();

    public static PersonaContext From(PersonaDocument document, bool isOwn) => new(
        document.PersonaId,
        document.Version,
        document.Name,
        PersonaJson.FromObject<CorePersona>(document.CorePersona),
        document.PlatformPersonas.ToDictionary(
            p => p.Key, p => PersonaJson.FromObject<PlatformPersonaDocument>(p.Value), StringComparer.OrdinalIgnoreCase),
        document.Quality,
        document,
        isOwn);
}

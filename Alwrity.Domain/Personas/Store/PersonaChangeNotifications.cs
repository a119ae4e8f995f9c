namespace Alwrity.Domain.Personas.Store;

/// <summary>What happened to a persona: a new version was saved, or it was deleted.</summary>
public enum PersonaChangeKind
{
    VersionSaved,
    Deleted,
}

/// <summary>A change to one of a user's personas; <see cref="Version"/> is the new current version (null when deleted).</summary>
public sealed record PersonaChange(string UserId, Guid PersonaId, int? Version, PersonaChangeKind Kind);

/// <summary>
/// In-process signal raised after every stored change to a persona (generation, edit, restore, optimize,
/// delete), so open pages of the same user in any tab or circuit can refresh. Other app instances are not
/// told; their pages pick the change up on their next read.
/// </summary>
public sealed class PersonaChangeNotifications
{
    public event Action<PersonaChange>? Changed;

    public void Publish(PersonaChange change) => Changed?.Invoke(change);
}

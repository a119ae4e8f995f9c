namespace Alwrity.Domain.Personas.Generation;

/// <summary>Stores a generated persona as a new version (filled in once the persona store lands).</summary>
public sealed class GeneratedPersonaStore
{
    public Task<Guid> SaveAsync(string userId, Guid? personaId, GeneratePersonaRequest request, GeneratedPersona generated, string reason, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Persona storage is not wired yet.");
}

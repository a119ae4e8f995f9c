using Alwrity.Domain.Data;
using Alwrity.Domain.Errors;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Personas.Store;

/// <summary>
/// Every read of a stored persona: lists, one version, one platform, history and diffs. All reads are
/// scoped to the owner; admins may read anyone's. Someone else's id answers "not found".
/// </summary>
public sealed class PersonaReader(IDbContextFactory<AlwrityDbContext> dbFactory)
{
    public async Task<IReadOnlyList<PersonaSummary>> ListForUserAsync(PersonaCaller caller, string userId, CancellationToken cancellationToken)
    {
        if (userId != caller.UserId && !caller.IsAdmin)
        {
            throw new NotFoundException($"No personas for user {userId}.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var heads = await db.WritingPersonas.AsNoTracking().Where(p => p.UserId == userId)
            .OrderByDescending(p => p.UpdatedUtc).ToListAsync(cancellationToken);
        var platforms = (await db.PlatformPersonas.AsNoTracking()
                .Where(pp => pp.Version!.Persona!.UserId == userId && pp.Version.Number == pp.Version.Persona.CurrentVersion)
                .Select(pp => new { pp.PersonaId, pp.Platform })
                .ToListAsync(cancellationToken))
            .ToLookup(pp => pp.PersonaId, pp => pp.Platform);
        return heads.Select(h => new PersonaSummary(
            h.Id, h.Name, h.Archetype, h.CurrentVersion, h.WordsAnalysed, h.OverallQuality, h.UpdatedUtc,
            platforms[h.Id].Order(StringComparer.Ordinal).ToList())).ToList();
    }

    /// <summary>One version of a persona (the latest when <paramref name="version"/> is null).</summary>
    public async Task<PersonaDocument> GetAsync(PersonaCaller caller, Guid personaId, int? version, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var head = await PersonaAccess.HeadAsync(db, caller, personaId, toChange: false, cancellationToken);
        var row = await PersonaAccess.VersionAsync(db, personaId, version ?? head.CurrentVersion, cancellationToken);
        return PersonaDocuments.From(head, row);
    }

    public Task<PersonaDocument> GetAsync(PersonaCaller caller, Guid personaId, CancellationToken cancellationToken) =>
        GetAsync(caller, personaId, null, cancellationToken);

    /// <summary>The persona adapted to one platform, at the latest version unless one is given.</summary>
    public async Task<PlatformPersonaDocument> GetPlatformAsync(
        PersonaCaller caller, Guid personaId, string platform, int? version, CancellationToken cancellationToken)
    {
        var key = platform.Trim().ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var head = await PersonaAccess.HeadAsync(db, caller, personaId, toChange: false, cancellationToken);
        var number = version ?? head.CurrentVersion;
        var row = await db.PlatformPersonas.AsNoTracking()
            .Where(pp => pp.PersonaId == personaId && pp.Platform == key && pp.Version!.Number == number)
            .Select(pp => new { pp.DataJson, pp.Version!.CreatedUtc })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Version {number} of this persona has no '{key}' adaptation.");
        return new PlatformPersonaDocument(personaId, number, key, row.CreatedUtc, JsonDocuments.Object(row.DataJson));
    }

    public Task<PlatformPersonaDocument> GetPlatformAsync(PersonaCaller caller, Guid personaId, string platform, CancellationToken cancellationToken) =>
        GetPlatformAsync(caller, personaId, platform, null, cancellationToken);

    /// <summary>The persona's history, newest first.</summary>
    public async Task<IReadOnlyList<PersonaVersionSummary>> ListVersionsAsync(PersonaCaller caller, Guid personaId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await PersonaAccess.HeadAsync(db, caller, personaId, toChange: false, cancellationToken);
        return await db.PersonaVersions.AsNoTracking().Where(v => v.PersonaId == personaId)
            .OrderByDescending(v => v.Number)
            .Select(v => new PersonaVersionSummary(v.Number, v.Reason, v.Summary, v.CreatedUtc,
                v.ValidationResult == null ? null : v.ValidationResult.Overall))
            .ToListAsync(cancellationToken);
    }

    /// <summary>What changed between two versions, field by field.</summary>
    public async Task<PersonaVersionDiff> DiffAsync(PersonaCaller caller, Guid personaId, int fromVersion, int toVersion, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await PersonaAccess.HeadAsync(db, caller, personaId, toChange: false, cancellationToken);
        var from = StoredVersion.From(await PersonaAccess.VersionAsync(db, personaId, fromVersion, cancellationToken));
        var to = StoredVersion.From(await PersonaAccess.VersionAsync(db, personaId, toVersion, cancellationToken));
        return new PersonaVersionDiff(personaId, fromVersion, toVersion, PersonaDiff.Compare(from.Core, from.Platforms, to.Core, to.Platforms));
    }
}

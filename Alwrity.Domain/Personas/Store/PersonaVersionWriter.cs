using Alwrity.Domain.Data;
using Alwrity.Domain.Errors;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Personas.Store;

/// <summary>
/// Stores a new persona version in one transaction: the head row (created, or updated under its
/// concurrency stamp), the immutable version row with its platform documents, analysis and validation
/// rows, and an audit entry. Old versions are never changed.
/// </summary>
public sealed class PersonaVersionWriter(IDbContextFactory<AlwrityDbContext> dbFactory, PersonaChangeNotifications changes)
{
    public async Task<SavedPersonaVersion> SaveAsync(NewPersonaVersion input, CancellationToken cancellationToken)
    {
        PersonaVersionRows.Check(input);
        var saved = await SaveWithOneRetryAsync(input, cancellationToken);
        changes.Publish(new PersonaChange(input.UserId, saved.PersonaId, saved.VersionNumber, PersonaChangeKind.VersionSaved));
        return saved;
    }

    private async Task<SavedPersonaVersion> SaveWithOneRetryAsync(NewPersonaVersion input, CancellationToken cancellationToken)
    {
        try
        {
            return await TrySaveAsync(input, cancellationToken);
        }
        catch (DbUpdateException) when (input.PersonaId is not null)
        {
            // Another version of the same persona was saved at the same moment (stale stamp or a taken
            // version number). Read the head again and try once more with the next number.
        }

        try
        {
            return await TrySaveAsync(input, cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("The persona was changed by another request at the same moment. Try again.");
        }
    }

    private async Task<SavedPersonaVersion> TrySaveAsync(NewPersonaVersion input, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = DateTime.UtcNow;
        var (head, number) = input.PersonaId is { } personaId
            ? await NextVersionOfAsync(db, input, personaId, cancellationToken)
            : (NewHead(db, input, now), 1);

        PersonaVersionRows.UpdateHead(head, input, number, now);
        db.PersonaVersions.Add(PersonaVersionRows.Version(head.Id, number, input, now));
        db.AuditLog.Add(PersonaAudit.Entry(input.UserId, PersonaAudit.VersionCreated, head.Id,
            $"Version {number} ({input.Reason}){(input.Summary is null ? "" : ": " + input.Summary)}"));
        await db.SaveChangesAsync(cancellationToken);
        return new SavedPersonaVersion(head.Id, number);
    }

    private static WritingPersona NewHead(AlwrityDbContext db, NewPersonaVersion input, DateTime now)
    {
        var head = new WritingPersona { UserId = input.UserId, Name = input.Name, CreatedUtc = now };
        db.WritingPersonas.Add(head);
        return head;
    }

    private static async Task<(WritingPersona Head, int Number)> NextVersionOfAsync(
        AlwrityDbContext db, NewPersonaVersion input, Guid personaId, CancellationToken cancellationToken)
    {
        var head = await db.WritingPersonas.FirstOrDefaultAsync(p => p.Id == personaId && p.UserId == input.UserId, cancellationToken)
            ?? throw new NotFoundException($"No persona {personaId}.");
        if (input.BasedOnVersion is { } basedOn && basedOn != head.CurrentVersion)
        {
            throw PersonaConflicts.Stale(basedOn, head.CurrentVersion);
        }

        var latest = await db.PersonaVersions.Where(v => v.PersonaId == personaId).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        return (head, Math.Max(latest, head.CurrentVersion) + 1);
    }
}

/// <summary>Conflicts a person can resolve by reloading.</summary>
internal static class PersonaConflicts
{
    public static ConflictException Stale(int expected, int current) => new(
        $"You were looking at version {expected}, but the persona is now at version {current}. Reload it and apply your change again.");
}

using Alwrity.Domain.Data;
using Alwrity.Domain.Errors;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Personas.Store;

/// <summary>
/// Finds personas and versions the caller may see. Someone else's persona reads exactly like a missing
/// one (404), so ids can't be probed. Changes are for the owner only, admins included.
/// </summary>
internal static class PersonaAccess
{
    public static async Task<WritingPersona> HeadAsync(
        AlwrityDbContext db, PersonaCaller caller, Guid personaId, bool toChange, CancellationToken cancellationToken)
    {
        var query = db.WritingPersonas.AsNoTracking().Where(p => p.Id == personaId);
        if (toChange || !caller.IsAdmin)
        {
            query = query.Where(p => p.UserId == caller.UserId);
        }

        return await query.FirstOrDefaultAsync(cancellationToken) ?? throw Missing(personaId);
    }

    public static async Task<PersonaVersion> VersionAsync(AlwrityDbContext db, Guid personaId, int number, CancellationToken cancellationToken) =>
        await db.PersonaVersions.AsNoTracking().AsSplitQuery()
            .Include(v => v.PlatformPersonas).Include(v => v.AnalysisResult).Include(v => v.ValidationResult)
            .FirstOrDefaultAsync(v => v.PersonaId == personaId && v.Number == number, cancellationToken)
        ?? throw new NotFoundException($"Persona {personaId} has no version {number}.");

    public static NotFoundException Missing(Guid personaId) => new($"No persona {personaId}.");
}

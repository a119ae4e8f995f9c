using Alwrity.Domain.Data;
using Alwrity.Domain.Errors;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Personas;

/// <summary>Answers "is this persona the caller's?" — others' ids are simply not found.</summary>
public sealed class PersonaOwnership(IDbContextFactory<AlwrityDbContext> dbFactory)
{
    public async Task EnsureOwnedAsync(string userId, Guid personaId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.WritingPersonas.AnyAsync(p => p.Id == personaId && p.UserId == userId, cancellationToken))
        {
            throw new NotFoundException($"No persona {personaId}.");
        }
    }
}

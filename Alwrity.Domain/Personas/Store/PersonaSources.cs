using Alwrity.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Personas.Store;

/// <summary>One text a persona was measured from, as stored: the key evidence cites, where it came from, and the text.</summary>
public sealed record PersonaSourceText(string SourceKey, string Kind, string Title, string? Source, string Text, int WordCount);

/// <summary>
/// The writing a persona was measured from (table <c>writing_samples</c>), for showing evidence in context and
/// pictures of the writing. Owner-scoped like every persona read; admins may read anyone's.
/// </summary>
public sealed class PersonaSources(IDbContextFactory<AlwrityDbContext> dbFactory)
{
    public async Task<IReadOnlyList<PersonaSourceText>> ListAsync(PersonaCaller caller, Guid personaId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var head = await PersonaAccess.HeadAsync(db, caller, personaId, toChange: false, cancellationToken);
        var rows = await db.WritingSamples.AsNoTracking()
            .Where(s => s.PersonaId == personaId && s.UserId == head.UserId)
            .OrderBy(s => s.CreatedUtc).ThenBy(s => s.Id)
            .Select(s => new { s.SourceKey, s.Id, s.Kind, s.Title, s.Source, s.Text, s.WordCount })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PersonaSourceText(r.SourceKey ?? r.Id.ToString(), r.Kind, r.Title, r.Source, r.Text, r.WordCount)).ToList();
    }
}

using Alwrity.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Admin;

/// <summary>What an administrator sees first: the accounts, their roles and how many personas each has.</summary>
public sealed class AdminOverview(IDbContextFactory<AlwrityDbContext> dbFactory)
{
    public sealed record UserRow(string Id, string Email, IReadOnlyList<string> Roles, int Personas, DateTime CreatedUtc, bool LockedOut);

    public async Task<IReadOnlyList<UserRow>> ListUsersAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.CreatedUtc, u.LockoutEnd })
            .Take(500)
            .ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var personas = await db.WritingPersonas.GroupBy(p => p.UserId)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.UserId, x => x.Count, cancellationToken);

        return users.Select(u => new UserRow(
            u.Id,
            u.Email ?? "",
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order().ToList(),
            personas.GetValueOrDefault(u.Id),
            u.CreatedUtc,
            u.LockoutEnd is { } end && end > now)).ToList();
    }
}

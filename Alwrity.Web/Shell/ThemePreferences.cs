using Alwrity.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Web.Shell;

/// <summary>Reads and saves each user's light/dark choice, so it follows them to every device.</summary>
public sealed class ThemePreferences(IDbContextFactory<AlwrityDbContext> dbFactory)
{
    public static readonly IReadOnlyList<string> Allowed = ["light", "dark", "system"];

    public async Task<string> GetAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var value = await db.Users.Where(u => u.Id == userId).Select(u => u.ThemePreference).FirstOrDefaultAsync(cancellationToken);
        return value is not null && Allowed.Contains(value) ? value : "system";
    }

    public async Task SaveAsync(string userId, string preference, CancellationToken cancellationToken)
    {
        if (!Allowed.Contains(preference))
        {
            throw new ArgumentException($"Theme must be one of: {string.Join(", ", Allowed)}.", nameof(preference));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.ThemePreference, preference), cancellationToken);
    }
}

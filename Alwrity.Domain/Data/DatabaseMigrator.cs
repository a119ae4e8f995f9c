using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Alwrity.Domain.Data;

/// <summary>Creates and migrates the database on start-up (EF Core takes a migration lock, so several instances are safe).</summary>
public sealed class DatabaseMigrator(IDbContextFactory<AlwrityDbContext> factory, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migration(s) on {Provider}", pending.Count, db.Database.ProviderName);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}

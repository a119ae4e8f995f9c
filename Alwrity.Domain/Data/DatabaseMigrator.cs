using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Alwrity.Domain.Data;

/// <summary>Creates and migrates the database on start-up (EF Core takes a migration lock, so several instances are safe).</summary>
public sealed class DatabaseMigrator(IDbContextFactory<AlwrityDbContext> factory, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        logger.LogInformation("Bringing the {Provider} database up to date", db.Database.ProviderName);
        await db.Database.MigrateAsync(cancellationToken);
    }
}

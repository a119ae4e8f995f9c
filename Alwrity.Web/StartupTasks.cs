using Alwrity.Domain.Accounts;
using Alwrity.Domain.Data;
using Alwrity.Web.Accounts;
using Microsoft.Extensions.Options;

namespace Alwrity.Web;

/// <summary>What must be true before the first request: database migrated, roles and first admin, signing key.</summary>
internal static class StartupTasks
{
    public static async Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var database = app.Services.GetRequiredService<DatabaseOptions>();
        if (database.MigrateOnStartup)
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value;
            await scope.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync(admin, cancellationToken);
        }

        await app.Services.GetRequiredService<JwtSigningKeyProvider>().InitializeAsync(cancellationToken);
    }
}

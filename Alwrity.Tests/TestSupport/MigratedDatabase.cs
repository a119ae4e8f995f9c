using Alwrity.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alwrity.Tests.TestSupport;

/// <summary>A throwaway database of either provider, migrated exactly as the app does on start-up.</summary>
public sealed class MigratedDatabase : IAsyncDisposable
{
    private readonly TestDatabase database;
    private readonly ServiceProvider services;

    private MigratedDatabase(TestDatabase database, ServiceProvider services)
    {
        this.database = database;
        this.services = services;
    }

    public IDbContextFactory<AlwrityDbContext> Factory => services.GetRequiredService<IDbContextFactory<AlwrityDbContext>>();

    public string Provider => database.Provider;

    public IServiceProvider Services => services;

    public static async Task<MigratedDatabase> CreateAsync(string provider)
    {
        var database = TestDatabase.Create(provider);
        var services = new ServiceCollection()
            .AddLogging()
            .AddAlwrityData(new DatabaseOptions { Provider = database.Provider, ConnectionString = database.ConnectionString }, database.Folder)
            .BuildServiceProvider();
        var migrator = new DatabaseMigrator(services.GetRequiredService<IDbContextFactory<AlwrityDbContext>>(), NullLogger<DatabaseMigrator>.Instance);
        await migrator.MigrateAsync(CancellationToken.None);
        return new MigratedDatabase(database, services);
    }

    public async Task<AlwrityDbContext> ContextAsync() => await Factory.CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await database.DisposeAsync();
    }
}

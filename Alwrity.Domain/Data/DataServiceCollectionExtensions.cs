using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Domain.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDbContextFactory{AlwrityDbContext}"/> (one short-lived context per operation)
    /// and a scoped <see cref="AlwrityDbContext"/> for Identity's stores, for the configured provider.
    /// </summary>
    public static IServiceCollection AddAlwrityData(this IServiceCollection services, DatabaseOptions options, string dataDirectory)
    {
        if (!DatabaseProviders.IsKnown(options.Provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{options.Provider}' is not supported. Use '{DatabaseProviders.Sqlite}' or '{DatabaseProviders.PostgreSql}'.");
        }

        if (DatabaseProviders.IsPostgreSql(options.Provider))
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is PostgreSQL but Database:ConnectionString is empty. " +
                    "Set it, e.g. Host=localhost;Port=5432;Database=alwrity;Username=alwrity;Password=secret");
            }

            services.AddDbContextFactory<PostgresAlwrityDbContext>(o => o.UseNpgsql(options.ConnectionString));
            services.AddSingleton<IDbContextFactory<AlwrityDbContext>, ProviderDbContextFactory<PostgresAlwrityDbContext>>();
        }
        else
        {
            var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
                ? $"Data Source={Path.Combine(dataDirectory, "alwrity.db")}"
                : options.ConnectionString;
            services.AddDbContextFactory<SqliteAlwrityDbContext>(o => o.UseSqlite(connectionString));
            services.AddSingleton<IDbContextFactory<AlwrityDbContext>, ProviderDbContextFactory<SqliteAlwrityDbContext>>();
        }

        services.AddScoped<AlwrityDbContext>(sp => sp.GetRequiredService<IDbContextFactory<AlwrityDbContext>>().CreateDbContext());
        return services;
    }
}

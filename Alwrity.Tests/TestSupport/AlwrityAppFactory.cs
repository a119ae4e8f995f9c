using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Alwrity.Tests.TestSupport;

/// <summary>
/// The real app in memory with its own throwaway database (SQLite file by default, or a fresh PostgreSQL
/// database), a known admin and development settings. Dispose it to delete the database.
/// </summary>
public class AlwrityAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Admin-Passw0rd!";

    private readonly TestDatabase database;
    private readonly Dictionary<string, string?> settings;

    static AlwrityAppFactory()
    {
        // Hundreds of apps start during a run; watching config files would exhaust the machine's inotify instances.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }

    public AlwrityAppFactory(TestDatabase? database = null, IDictionary<string, string?>? extraSettings = null)
    {
        this.database = database ?? TestDatabase.CreateSqlite();
        settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = this.database.Provider,
            ["Database:ConnectionString"] = this.database.ConnectionString,
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
            ["Alwrity:DataDirectory"] = this.database.Folder,
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

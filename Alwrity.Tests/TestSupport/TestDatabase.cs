using Microsoft.Data.Sqlite;
using Npgsql;

namespace Alwrity.Tests.TestSupport;

/// <summary>
/// A database that exists for one test class: a SQLite file in a temp folder, or a freshly created
/// PostgreSQL database on the server named by ALWRITY_TEST_POSTGRES (started by .ci/run).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? adminConnectionString;
    private readonly string? databaseName;

    private TestDatabase(string provider, string connectionString, string folder, string? adminConnectionString = null, string? databaseName = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Folder = folder;
        this.adminConnectionString = adminConnectionString;
        this.databaseName = databaseName;
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    public string Folder { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable("ALWRITY_TEST_POSTGRES");

    public static TestDatabase CreateSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("alwrity-test-").FullName;
        return new TestDatabase("Sqlite", $"Data Source={Path.Combine(folder, "test.db")}", folder);
    }

    public static TestDatabase Create(string provider) => provider == "PostgreSQL" ? CreatePostgres() : CreateSqlite();

    public static TestDatabase CreatePostgres()
    {
        var server = PostgresServer ?? throw new InvalidOperationException(
            "ALWRITY_TEST_POSTGRES is not set. Run the tests with `bash .ci/run`, which starts a throwaway PostgreSQL.");
        var name = $"alwrity_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        var folder = Directory.CreateTempSubdirectory("alwrity-test-").FullName;
        return new TestDatabase("PostgreSQL", builder.ConnectionString, folder, server, name);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (adminConnectionString is not null && databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(adminConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finalizing connection; the OS temp cleaner will take it.
        }
    }
}

using Alwrity.Domain.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Tests.Ai;

/// <summary>An in-memory SQLite database with the real migrations applied, alive while this object is.</summary>
internal sealed class TestDatabase : IDbContextFactory<AlwrityDbContext>, IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly DbContextOptions<SqliteAlwrityDbContext> options;

    public TestDatabase()
    {
        connection.Open();
        options = new DbContextOptionsBuilder<SqliteAlwrityDbContext>().UseSqlite(connection).Options;
        using var db = CreateDbContext();
        db.Database.Migrate();
    }

    public AlwrityDbContext CreateDbContext() => new SqliteAlwrityDbContext(options);

    public void Dispose() => connection.Dispose();
}

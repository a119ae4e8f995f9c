using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Alwrity.Domain.Data;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteAlwrityDbContext</c> work without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAlwrityDbContext>
{
    public SqliteAlwrityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAlwrityDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Same for PostgreSQL; no server is contacted when adding a migration.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAlwrityDbContext>
{
    public PostgresAlwrityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAlwrityDbContext>().UseNpgsql("Host=localhost;Database=alwrity_design").Options);
}

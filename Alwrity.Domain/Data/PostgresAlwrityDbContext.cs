using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Data;

/// <summary>The PostgreSQL flavour of <see cref="AlwrityDbContext"/>: JSON as jsonb; migrations in Migrations/Postgres.</summary>
public sealed class PostgresAlwrityDbContext(DbContextOptions<PostgresAlwrityDbContext> options) : AlwrityDbContext(options)
{
    protected override string? JsonColumnType => "jsonb";
}

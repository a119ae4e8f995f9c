using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Data;

/// <summary>The SQLite flavour of <see cref="AlwrityDbContext"/>; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteAlwrityDbContext(DbContextOptions<SqliteAlwrityDbContext> options) : AlwrityDbContext(options);

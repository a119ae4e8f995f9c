using System.ComponentModel.DataAnnotations;

namespace Alwrity.Domain.Data;

/// <summary>Which database Alwrity uses. SQLite needs nothing; PostgreSQL needs a connection string.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>"Sqlite" (default) or "PostgreSQL".</summary>
    [Required]
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>
    /// For SQLite, optional (defaults to a file in the data folder). For PostgreSQL, required,
    /// e.g. <c>Host=localhost;Port=5432;Database=alwrity;Username=alwrity;Password=…</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the app starts (default true).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";

    public static bool IsPostgreSql(string? provider) =>
        string.Equals(provider, PostgreSql, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, "Npgsql", StringComparison.OrdinalIgnoreCase);

    public static bool IsKnown(string? provider) =>
        IsPostgreSql(provider) || string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase);
}

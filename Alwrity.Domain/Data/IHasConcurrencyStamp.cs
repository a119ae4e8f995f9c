namespace Alwrity.Domain.Data;

/// <summary>
/// Rows that two requests could change at the same time. The stamp is renewed on every update and
/// checked by EF Core, so the second writer gets a <see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/>
/// instead of silently overwriting the first. Works the same on SQLite and PostgreSQL.
/// </summary>
public interface IHasConcurrencyStamp
{
    Guid ConcurrencyStamp { get; set; }
}

namespace Alwrity.Domain.Admin;

/// <summary>Who did what to which record, and when (table <c>audit_log</c>). Append-only.</summary>
public sealed class AuditLogEntry
{
    public long Id { get; set; }
    public string? UserId { get; set; }
    public required string Action { get; set; }
    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    public string? Detail { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
}

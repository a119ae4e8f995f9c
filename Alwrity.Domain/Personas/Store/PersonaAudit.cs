using Alwrity.Domain.Admin;

namespace Alwrity.Domain.Personas.Store;

/// <summary>The audit log entries the persona store writes.</summary>
internal static class PersonaAudit
{
    public const string EntityType = "persona";
    public const string VersionCreated = "persona.version-created";
    public const string Deleted = "persona.deleted";
    public const string Exported = "persona.exported";

    public static AuditLogEntry Entry(string userId, string action, Guid personaId, string detail) => new()
    {
        UserId = userId,
        Action = action,
        EntityType = EntityType,
        EntityId = personaId.ToString(),
        Detail = detail,
    };
}

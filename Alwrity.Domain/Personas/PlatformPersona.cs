namespace Alwrity.Domain.Personas;

/// <summary>A persona adapted to one platform (table <c>platform_personas</c>; JSON, jsonb on PostgreSQL).</summary>
public sealed class PlatformPersona
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PersonaVersionId { get; set; }

    /// <summary>Denormalised so "this persona on LinkedIn" is one indexed lookup.</summary>
    public Guid PersonaId { get; set; }

    /// <summary>Lower-case platform key, e.g. "linkedin".</summary>
    public required string Platform { get; set; }
    public required string DataJson { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;

    public PersonaVersion? Version { get; set; }
}

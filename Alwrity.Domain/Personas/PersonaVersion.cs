namespace Alwrity.Domain.Personas;

/// <summary>
/// One immutable snapshot of a persona (table <c>persona_versions</c>). Every generation, edit,
/// optimization or restore adds a row; rows are never updated, so history can always be read and diffed.
/// </summary>
public sealed class PersonaVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PersonaId { get; set; }
    public int Number { get; set; }

    /// <summary>Why this version exists: generated, edited, optimized, restored.</summary>
    public required string Reason { get; set; }
    public string? Summary { get; set; }
    public required string CorePersonaJson { get; set; }

    /// <summary>User overrides of qualitative fields (JSON path → value); they survive regeneration.</summary>
    public string OverridesJson { get; set; } = "{}";

    /// <summary>What the version was built from: sources with provenance, word counts, profile answers.</summary>
    public string InputsJson { get; set; } = "{}";
    public string? CreatedByUserId { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;

    public WritingPersona? Persona { get; set; }
    public List<PlatformPersona> PlatformPersonas { get; set; } = [];
    public PersonaAnalysisResult? AnalysisResult { get; set; }
    public PersonaValidationResult? ValidationResult { get; set; }
}

namespace Alwrity.Domain.Personas;

/// <summary>Computed quality of one persona version (table <c>persona_validation_results</c>).</summary>
public sealed class PersonaValidationResult
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PersonaVersionId { get; set; }
    public double Overall { get; set; }
    public double DataSufficiency { get; set; }
    public double Completeness { get; set; }
    public double EvidenceCoverage { get; set; }
    public double Agreement { get; set; }
    public double PlatformCompliance { get; set; }
    public string BreakdownJson { get; set; } = "{}";
    public string RecommendationsJson { get; set; } = "[]";
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;

    public PersonaVersion? Version { get; set; }
}

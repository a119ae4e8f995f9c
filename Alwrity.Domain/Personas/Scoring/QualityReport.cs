namespace Alwrity.Domain.Personas.Scoring;

/// <summary>The computed quality of a persona version: each part 0–100, the overall score, and what to do next.</summary>
public sealed record QualityReport
{
    public double Overall { get; init; }
    public double DataSufficiency { get; init; }
    public double Completeness { get; init; }
    public double EvidenceCoverage { get; init; }
    public double Agreement { get; init; }
    public double PlatformCompliance { get; init; }

    /// <summary>Per part: weight, score and the facts behind it.</summary>
    public IReadOnlyList<QualityPart> Breakdown { get; init; } = [];
    public IReadOnlyList<string> Recommendations { get; init; } = [];
    public IReadOnlyList<string> Contradictions { get; init; } = [];
}

public sealed record QualityPart(string Name, double Weight, double Score, string Detail);

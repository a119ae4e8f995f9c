using Alwrity.Domain.Data;

namespace Alwrity.Domain.Personas;

/// <summary>
/// The head row of a persona (table <c>writing_personas</c>): who owns it, which version is current,
/// and the key measured figures of that version as columns so lists and admin screens can sort and
/// filter without parsing JSON. The full content of every version lives in <see cref="PersonaVersion"/>.
/// </summary>
public sealed class WritingPersona : IHasConcurrencyStamp
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string UserId { get; set; }
    public required string Name { get; set; }
    public string? Archetype { get; set; }
    public int CurrentVersion { get; set; }

    /// <summary>Core persona of the current version (JSON); a copy of that version's core for fast reads.</summary>
    public string CorePersonaJson { get; set; } = "{}";

    public int WordsAnalysed { get; set; }
    public double? MeanSentenceLength { get; set; }
    public double? FleschReadingEase { get; set; }
    public double? Formality { get; set; }
    public double? SentimentCompound { get; set; }
    public double? OverallQuality { get; set; }

    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<PersonaVersion> Versions { get; set; } = [];
}

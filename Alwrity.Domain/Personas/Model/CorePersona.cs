using System.Text.Json.Nodes;

namespace Alwrity.Domain.Personas.Model;

/// <summary>
/// The core persona: who the writer is (identity, written by rules or a model), how they write (measured
/// fingerprint, never taken from a model), their tonal range and stylistic rules, and the evidence for each trait.
/// </summary>
public sealed record CorePersona
{
    public required PersonaIdentity Identity { get; init; }
    /// <summary>The analyzer's full measured fingerprint, as it produced it (numbers, go-to words, evidence).</summary>
    public required JsonObject LinguisticFingerprint { get; init; }

    /// <summary>The figures persona rules use, flattened from the fingerprint.</summary>
    public required VoiceMeasurements Measurements { get; init; }
    public required TonalRange TonalRange { get; init; }
    public required StylisticConstraints StylisticConstraints { get; init; }
    public IReadOnlyList<TraitEvidence> Evidence { get; init; } = [];
    public required DataSufficiency DataSufficiency { get; init; }

    /// <summary>0–1: how far to trust this persona (text volume, source variety, evidence coverage).</summary>
    public double Confidence { get; init; }

    public IReadOnlyList<string> AvoidWords { get; init; } = [];
    public IReadOnlyList<string> BrandValues { get; init; } = [];
    public string? Industry { get; init; }
    public string? Audience { get; init; }
    public string? Goals { get; init; }
}

/// <summary>Names and prose for the voice. <see cref="Source"/> says who wrote them: "derived" (rules) or "model".</summary>
public sealed record PersonaIdentity
{
    public required string PersonaName { get; init; }
    public required string Archetype { get; init; }
    public required string CoreBelief { get; init; }
    public required string BrandVoiceDescription { get; init; }
    public string Source { get; init; } = "derived";

    /// <summary>Why the rules chose these words: the measured traits behind them.</summary>
    public IReadOnlyList<string> Basis { get; init; } = [];
}

/// <summary>Tone: what the writer sounds like by default, what else fits, what never does; with measured figures.</summary>
public sealed record TonalRange
{
    public required string DefaultTone { get; init; }
    public IReadOnlyList<string> PermissibleTones { get; init; } = [];
    public IReadOnlyList<string> ForbiddenTones { get; init; } = [];
    public required string EmotionalRange { get; init; }

    /// <summary>Mean VADER compound of the writer's sentences (−1 … 1).</summary>
    public double? SentimentMean { get; init; }

    /// <summary>Standard deviation of sentence compound scores: how much the tone moves.</summary>
    public double? SentimentSpread { get; init; }

    /// <summary>Heylighen–Dewaele F-score (higher = more formal).</summary>
    public double? Formality { get; init; }
}

/// <summary>Punctuation and formatting habits as rules a writer (or a model) can follow.</summary>
public sealed record StylisticConstraints
{
    public required PunctuationRules Punctuation { get; init; }
    public required FormattingRules Formatting { get; init; }
    public IReadOnlyList<string> Do { get; init; } = [];
    public IReadOnlyList<string> Dont { get; init; } = [];
}

/// <summary>"never", "rarely", "sometimes" or "often", from measured rates per 1,000 words.</summary>
public sealed record PunctuationRules
{
    public required string Ellipses { get; init; }
    public required string EmDash { get; init; }
    public required string Exclamation { get; init; }
    public required string Questions { get; init; }
    public required string Semicolons { get; init; }
}

public sealed record FormattingRules
{
    public required string Paragraphs { get; init; }
    public required string Lists { get; init; }
    public required string Emoji { get; init; }
    public required string Hashtags { get; init; }
    public required string Contractions { get; init; }
}

/// <summary>A sentence of the writer's that supports a trait, with where it came from.</summary>
public sealed record TraitEvidence(string Trait, string Claim, string SourceId, string SourceTitle, int Start, int Length, string Quote);

/// <summary>How much text the persona stands on, against the stylometry guidance (~2,500 good, ~5,000 best).</summary>
public sealed record DataSufficiency
{
    public int WordsAnalysed { get; init; }
    public int Samples { get; init; }
    public IReadOnlyList<SourceSummary> Sources { get; init; } = [];

    /// <summary>"insufficient", "minimal", "good" or "best".</summary>
    public required string Level { get; init; }
    public IReadOnlyList<string> Missing { get; init; } = [];
}

public sealed record SourceSummary(string Id, string Kind, string Title, string? Source, int Words);

using System.Text.Json.Nodes;
using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Domain.Personas.Model;

/// <summary>
/// A persona adapted to one platform: the platform's rules (with source and date) and the adaptation of the
/// core voice, plus the platform's own blocks (LinkedIn positioning, Facebook community…) in <see cref="Specifics"/>.
/// </summary>
public sealed record PlatformPersonaDocument
{
    public required string Platform { get; init; }
    public required PlatformRules Rules { get; init; }
    public required PlatformAdaptation Adaptation { get; init; }
    public JsonObject Specifics { get; init; } = [];

    /// <summary>"derived" (rules) or "model".</summary>
    public string Source { get; init; } = "derived";
}

/// <summary>How the core voice changes on the platform.</summary>
public sealed record PlatformAdaptation
{
    public required SentenceBand TargetSentenceLength { get; init; }
    public required string ParagraphStructure { get; init; }
    public required string HookStyle { get; init; }
    public required string CtaStyle { get; init; }
    public required string HashtagStrategy { get; init; }
    public required string EmojiPolicy { get; init; }

    /// <summary>Target post length in characters (the platform's counting rule), a sweet spot below the hard limit.</summary>
    public required LengthBand TargetLength { get; init; }
    public IReadOnlyList<string> Guidance { get; init; } = [];

    /// <summary>Why: the measured traits and platform facts each choice rests on.</summary>
    public IReadOnlyList<string> Rationale { get; init; } = [];
}

/// <summary>Words per sentence the writer should aim for on this platform.</summary>
public sealed record SentenceBand(double Min, double Max, double WriterMedian);

public sealed record LengthBand(int Min, int Max, int HardLimit);

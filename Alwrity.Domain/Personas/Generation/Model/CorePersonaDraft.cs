namespace Alwrity.Domain.Personas.Generation.Model;

/// <summary>The qualitative fields a model writes for the core persona; everything measured stays ours.</summary>
public sealed record CorePersonaDraft
{
    public required string PersonaName { get; init; }
    public required string Archetype { get; init; }
    public required string CoreBelief { get; init; }
    public required string BrandVoiceDescription { get; init; }
    public required string DefaultTone { get; init; }
    public required IReadOnlyList<string> PermissibleTones { get; init; }
    public required IReadOnlyList<string> ForbiddenTones { get; init; }
    public required string EmotionalRange { get; init; }
    public required IReadOnlyList<string> Do { get; init; }
    public required IReadOnlyList<string> Dont { get; init; }
}

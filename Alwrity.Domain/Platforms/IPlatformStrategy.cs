using Alwrity.Domain.Personas.Model;
using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Domain.Platforms;

/// <summary>
/// Everything Alwrity knows about adapting a voice to one platform. One implementation per folder under
/// Platforms/; <see cref="PlatformsServiceCollectionExtensions.AddPlatforms"/> finds them, so adding a platform
/// means adding a folder and nothing else.
/// </summary>
public interface IPlatformStrategy
{
    /// <summary>Lower-case key, the same as in the platform rules data (e.g. "linkedin").</summary>
    string Key { get; }

    /// <summary>Name of this platform's versioned prompt file (e.g. "platform-linkedin").</summary>
    string PromptName { get; }

    /// <summary>The rule-based adaptation: complete without any model.</summary>
    PlatformPersonaDocument Adapt(CorePersona core, PlatformRules rules);

    /// <summary>Folds a model's draft into the rule-based adaptation; measured bands and limits stay from the rules.</summary>
    PlatformPersonaDocument Merge(PlatformPersonaDocument local, PlatformDraft draft);

    /// <summary>Checks a platform persona against the platform's rules and the core voice.</summary>
    IReadOnlyList<PersonaFinding> Validate(PlatformPersonaDocument persona, CorePersona core);
}

/// <summary>What a model writes for a platform (qualitative only; numbers always come from rules and measurements).</summary>
public sealed record PlatformDraft
{
    public required string HookStyle { get; init; }
    public required string CtaStyle { get; init; }
    public required string ParagraphStructure { get; init; }
    public required string HashtagStrategy { get; init; }
    public required string EmojiPolicy { get; init; }
    public IReadOnlyList<string> Guidance { get; init; } = [];

    /// <summary>LinkedIn: thought-leadership angles. Facebook: conversation starters.</summary>
    public IReadOnlyList<string> Angles { get; init; } = [];

    /// <summary>Advice per content format (article, carousel, comment, photo, poll…).</summary>
    public IReadOnlyList<FormatAdvice> Formats { get; init; } = [];
}

public sealed record FormatAdvice(string Format, string Advice);

/// <summary>One thing a check found: severity error | warning | info, a stable code, a message and a hint.</summary>
public sealed record PersonaFinding(string Severity, string Code, string Message, string Hint)
{
    /// <summary>Points a finding takes off a 100-point compliance score.</summary>
    public int Penalty => Severity switch { "error" => 25, "warning" => 8, _ => 2 };

    /// <summary>100 minus the findings' penalties, never below 0.</summary>
    public static double Compliance(IEnumerable<PersonaFinding> findings) => Math.Max(0, 100 - findings.Sum(f => f.Penalty));
}

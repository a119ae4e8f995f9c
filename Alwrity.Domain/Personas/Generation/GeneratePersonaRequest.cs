using Alwrity.Domain.Onboarding;

namespace Alwrity.Domain.Personas.Generation;

/// <summary>
/// The body of <c>POST /api/personas/generate</c> (a contract: <c>{samples: [{title, text}], websiteUrls: [string],
/// profile: {industry, audience, goals, brandValues, avoidWords: [string]}, platforms: ["linkedin", "facebook"]}</c>),
/// plus uploaded files as text and, to regenerate, the persona to replace.
/// </summary>
public sealed record GeneratePersonaRequest
{
    public IReadOnlyList<SampleInput>? Samples { get; init; }
    public IReadOnlyList<FileInput>? Files { get; init; }
    public IReadOnlyList<string>? WebsiteUrls { get; init; }

    /// <summary>Pages of the website the user picked in the preview; when empty, linked same-site pages are taken.</summary>
    public IReadOnlyList<string>? WebsitePages { get; init; }
    public ProfileAnswers? Profile { get; init; }
    public IReadOnlyList<string>? Platforms { get; init; }
    public Guid? PersonaId { get; init; }
}

public sealed record SampleInput(string? Title, string? Text);

/// <summary>An uploaded file's name and its text content (.txt, .md or .html).</summary>
public sealed record FileInput(string? Name, string? Text);

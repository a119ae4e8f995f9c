using Alwrity.Domain.Onboarding;

namespace Alwrity.Domain.Personas.Generation;

/// <summary>
/// The body of <c>POST /api/personas/generate</c> (a contract: <c>{samples: [{title, text}], websiteUrls: [string],
/// profile: {industry, audience, goals, brandValues, avoidWords: [string]}, platforms: ["linkedin", "facebook"]}</c>),
/// plus uploaded files as text, the engine to use (<c>engine</c>: auto, local, server or user-key) and, to regenerate,
/// the persona to replace.
/// </summary>
public sealed record GeneratePersonaRequest
{
    public IReadOnlyList<SampleInput>? Samples { get; init; }
    public IReadOnlyList<FileInput>? Files { get; init; }
    public IReadOnlyList<string>? WebsiteUrls { get; init; }

    /// <summary>Pages of the website the user picked in the preview; when empty, linked same-site pages are taken.</summary>
    public IReadOnlyList<string>? WebsitePages { get; init; }

    /// <summary>
    /// Pages already read, with their text (the onboarding wizard's preview): analysed exactly as the user saw them and
    /// not fetched again; a site in <see cref="WebsiteUrls"/> with pages here is not fetched either.
    /// </summary>
    public IReadOnlyList<WebPageInput>? WebsiteTexts { get; init; }
    public ProfileAnswers? Profile { get; init; }
    public IReadOnlyList<string>? Platforms { get; init; }
    public Guid? PersonaId { get; init; }

    /// <summary>
    /// Which engine writes the persona (<see cref="Ai.AiEngines"/>): null or "auto" takes the stored key, else the
    /// server's model, else local. A chosen engine is used or the generation fails with the reason; it never
    /// silently switches to another.
    /// </summary>
    public string? Engine { get; init; }
}

public sealed record SampleInput(string? Title, string? Text);

/// <summary>A web page read before: its address (provenance), title and extracted text.</summary>
public sealed record WebPageInput(string? Url, string? Title, string? Text);

/// <summary>An uploaded file's name and its text content (.txt, .md or .html).</summary>
public sealed record FileInput(string? Name, string? Text)
{
    /// <summary>
    /// True when <see cref="Text"/> is already the file's extracted plain text (as the onboarding wizard showed it),
    /// so it is not read as Markdown or HTML a second time; the file keeps its name as provenance.
    /// </summary>
    public bool Extracted { get; init; }

    /// <summary>The title found when the file was extracted (its first heading); used with <see cref="Extracted"/>.</summary>
    public string? Title { get; init; }
}

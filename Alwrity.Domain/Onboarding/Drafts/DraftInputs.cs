using System.Text.Json.Serialization;
using Alwrity.Domain.Ai;
using Alwrity.Domain.Personas.Generation;
using Alwrity.Domain.Platforms;
using WordCounter = Alwrity.Domain.Onboarding.Text.Words;

namespace Alwrity.Domain.Onboarding.Drafts;

/// <summary>
/// Everything the onboarding wizard collected so far (stored as JSON in <c>onboarding_drafts</c>): the chosen engine,
/// pasted samples, uploaded files as extracted text, the website's previewed and chosen pages, the profile answers
/// and platforms, and, when regenerating, the persona to replace. Never an API key.
/// </summary>
public sealed record DraftInputs
{
    public string Engine { get; init; } = AiEngines.Local;
    public IReadOnlyList<DraftSample> Samples { get; init; } = [];
    public IReadOnlyList<DraftFile> Files { get; init; } = [];
    public DraftWebsite? Website { get; init; }
    public string? Industry { get; init; }
    public string? Audience { get; init; }
    public string? Goals { get; init; }
    public IReadOnlyList<string> BrandValues { get; init; } = [];
    public IReadOnlyList<string> AvoidWords { get; init; } = [];
    public IReadOnlyList<string> Platforms { get; init; } = PlatformStrategies.Default;

    /// <summary>The persona a regeneration replaces; null for a new persona.</summary>
    public Guid? PersonaId { get; init; }

    /// <summary>The generation started from this draft, so a later visit can tell that it finished.</summary>
    public Guid? JobId { get; init; }

    [JsonIgnore]
    public WordTally Words => new(
        Samples.Sum(s => s.Words),
        Files.Sum(f => f.Words),
        Website?.UsedWords ?? 0);

    /// <summary>
    /// The generation request these inputs describe (empty samples and unread pages left out). Pages go with the text
    /// the preview read, so the persona is built from exactly what the user saw, without fetching the site again.
    /// </summary>
    public GeneratePersonaRequest ToRequest()
    {
        var usedPages = Website?.Pages.Where(p => p.IsUsed).ToList() ?? [];
        return new GeneratePersonaRequest
        {
            Samples = Samples.Where(s => s.Words > 0)
                .Select((s, i) => new SampleInput(string.IsNullOrWhiteSpace(s.Title) ? $"Sample {i + 1}" : s.Title.Trim(), s.Text)).ToList(),
            Files = Files.Select(f => new FileInput(f.Name, f.Text) { Extracted = true, Title = f.Title }).ToList(),
            WebsiteUrls = usedPages.Count > 0 && Website?.SiteUrl is { } site ? [site] : [],
            WebsitePages = usedPages.Select(p => p.Url).ToList(),
            WebsiteTexts = usedPages.Select(p => new WebPageInput(p.Url, p.Title, p.Text)).ToList(),
            Profile = new ProfileAnswers(Industry, Audience, Goals, BrandValues, AvoidWords, Platforms),
            Platforms = Platforms,
            PersonaId = PersonaId,
            Engine = Engine,
        };
    }
}

/// <summary>A pasted sample; <paramref name="Title"/> is optional.</summary>
public sealed record DraftSample(string? Title, string? Text)
{
    [JsonIgnore]
    public int Words => string.IsNullOrWhiteSpace(Text) ? 0 : WordCounter.Count(Text);
}

/// <summary>An uploaded file after extraction: what Alwrity will analyse, with the file's name as provenance.</summary>
public sealed record DraftFile(string Name, string Title, string Text, int Words);

/// <summary>The website step: what was typed, the address the preview settled on, and the pages found.</summary>
/// <param name="SiteUrl">The normalised home page address from the preview; null until a preview worked.</param>
public sealed record DraftWebsite(string? Url, string? SiteUrl, IReadOnlyList<DraftPage> Pages)
{
    /// <summary>Words of the pages that count: picked and read.</summary>
    [JsonIgnore]
    public int UsedWords => Pages.Where(p => p.IsUsed).Sum(p => p.Words);
}

/// <summary>
/// One page from the preview (title, word count, excerpt or why it could not be read), whether it is picked, and
/// its extracted text once read. Only picked pages that were read count and are used.
/// </summary>
public sealed record DraftPage(string Url, string? Title, int Words, string? Excerpt, string? Error, bool Selected, string? Text)
{
    [JsonIgnore]
    public bool IsUsed => Selected && Text is not null;
}

/// <summary>Words collected per kind of source.</summary>
public sealed record WordTally(int Pasted, int Files, int Website)
{
    public int Total => Pasted + Files + Website;
}

/// <summary>A user's saved wizard: the step they were on and everything they entered.</summary>
public sealed record SavedDraft(int Step, DraftInputs Inputs, DateTime UpdatedUtc);

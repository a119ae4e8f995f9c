using Alwrity.Domain.Ai;
using Alwrity.Domain.Onboarding.Drafts;
using Alwrity.Domain.Personas.Generation;
using Alwrity.Domain.Platforms;

namespace Alwrity.Web.Onboarding;

/// <summary>
/// The wizard's inputs while they are edited (components bind to it); <see cref="ToDraft"/> and
/// <see cref="FromDraft"/> turn it into the immutable <see cref="DraftInputs"/> that is saved and generated from.
/// </summary>
public sealed class OnboardingForm
{
    public string Engine { get; set; } = AiEngines.Local;
    public List<SampleDraft> Samples { get; } = [new()];
    public List<DraftFile> Files { get; } = [];

    /// <summary>The website step; null until an address is previewed.</summary>
    public DraftWebsite? Website { get; set; }
    public string? WebsiteUrl { get; set; }
    public string? Industry { get; set; }
    public string? Audience { get; set; }
    public string? Goals { get; set; }
    public IReadOnlyList<string> BrandValues { get; set; } = [];
    public IReadOnlyList<string> AvoidWords { get; set; } = [];
    public IReadOnlyList<string> Platforms { get; set; } = PlatformStrategies.Default;
    public Guid? PersonaId { get; set; }
    public Guid? JobId { get; set; }

    public WordTally Words => new(
        Samples.Sum(s => s.Words),
        Files.Sum(f => f.Words),
        Website?.UsedWords ?? 0);

    public bool HasPlatform => Platforms.Count > 0;

    public bool CanAddSource => Samples.Count + Files.Count < RequestValidation.MaxSamples;

    public DraftInputs ToDraft() => new()
    {
        Engine = Engine,
        Samples = Samples.Select(s => new DraftSample(s.Title, s.Text)).ToList(),
        Files = Files.ToList(),
        Website = Website is null ? (string.IsNullOrWhiteSpace(WebsiteUrl) ? null : new DraftWebsite(WebsiteUrl, null, []))
            : Website with { Url = WebsiteUrl },
        Industry = Industry,
        Audience = Audience,
        Goals = Goals,
        BrandValues = BrandValues,
        AvoidWords = AvoidWords,
        Platforms = Platforms,
        PersonaId = PersonaId,
        JobId = JobId,
    };

    public static OnboardingForm FromDraft(DraftInputs draft)
    {
        var form = new OnboardingForm
        {
            Engine = draft.Engine,
            Website = draft.Website is { SiteUrl: not null } site ? site : null,
            WebsiteUrl = draft.Website?.Url ?? draft.Website?.SiteUrl,
            Industry = draft.Industry,
            Audience = draft.Audience,
            Goals = draft.Goals,
            BrandValues = draft.BrandValues,
            AvoidWords = draft.AvoidWords,
            Platforms = draft.Platforms,
            PersonaId = draft.PersonaId,
            JobId = draft.JobId,
        };
        form.Samples.Clear();
        form.Samples.AddRange(draft.Samples.Select(s => new SampleDraft { Title = s.Title, Text = s.Text }));
        if (form.Samples.Count == 0)
        {
            form.Samples.Add(new SampleDraft());
        }

        form.Files.AddRange(draft.Files);
        return form;
    }

    /// <summary>One pasted sample as it is being typed.</summary>
    public sealed class SampleDraft
    {
        public string? Title { get; set; }
        public string? Text { get; set; }
        public int Words => new DraftSample(Title, Text).Words;
    }
}

using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Personas.Generation;

namespace Alwrity.Web.Onboarding;

/// <summary>What the onboarding page collects, and how it becomes a generation request.</summary>
public sealed class OnboardingForm
{
    public List<SampleDraft> Samples { get; } = [new()];
    public string? Industry { get; set; }
    public string? Audience { get; set; }
    public string? Goals { get; set; }
    public string? BrandValues { get; set; }
    public string? AvoidWords { get; set; }
    public bool LinkedIn { get; set; } = true;
    public bool Facebook { get; set; } = true;

    public int Words => Samples.Sum(s => s.Words);

    public bool HasWriting => Samples.Any(s => s.Words > 0);

    public bool HasPlatform => LinkedIn || Facebook;

    public GeneratePersonaRequest ToRequest() => new()
    {
        Samples = Samples.Where(s => s.Words > 0).Select((s, i) => new SampleInput(string.IsNullOrWhiteSpace(s.Title) ? $"Sample {i + 1}" : s.Title, s.Text)).ToList(),
        Profile = new ProfileAnswers(Industry, Audience, Goals, Split(BrandValues), Split(AvoidWords), null),
        Platforms = [.. LinkedIn ? ["linkedin"] : Array.Empty<string>(), .. Facebook ? ["facebook"] : Array.Empty<string>()],
    };

    private static List<string> Split(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public sealed class SampleDraft
    {
        public string? Title { get; set; }
        public string? Text { get; set; }
        public int Words => string.IsNullOrWhiteSpace(Text) ? 0 : Domain.Onboarding.Text.Words.Count(Text);
    }
}

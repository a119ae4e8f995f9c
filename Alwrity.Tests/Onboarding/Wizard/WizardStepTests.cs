using Alwrity.Domain.Ai;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Onboarding.Drafts;
using Alwrity.Domain.Onboarding.Website;
using Alwrity.Domain.Personas;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Onboarding.Wizard;

/// <summary>The wizard on the real services: steps that can't be left while invalid, and saved progress.</summary>
public sealed class WizardStepTests : WizardTestContext
{
    private readonly FailingWebsite website = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IWebsiteCollector>(website);

    [Fact]
    public void Without_any_writing_the_writing_step_cannot_be_left()
    {
        var page = RenderWizard();
        Next(page); // the local engine needs nothing

        Next(page);

        Assert.Contains("Add some of your own writing first", page.Find("#step-problem").TextContent);
        Assert.NotNull(page.Find("#sample-1"));
        Assert.Empty(page.FindAll("#industry"));
    }

    [Fact]
    public void Writing_from_any_source_opens_the_next_step()
    {
        var page = RenderWizard();
        Next(page);
        Next(page);

        page.Find("#sample-1").Input("I write short, plain sentences. I like them.");
        Next(page);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#industry")));
        Assert.Empty(page.FindAll("#step-problem"));
    }

    [Fact]
    public async Task Without_a_platform_generation_cannot_be_reached_by_next_or_by_the_step_header()
    {
        await Drafts.SaveAsync(UserId, 2, new DraftInputs { Samples = [new(null, "Enough words to count.")], Platforms = [] }, CancellationToken.None);
        var page = RenderWizard();

        Next(page);
        var byNext = page.Find("#step-problem").TextContent;
        page.FindAll("button.mud-step")[3].Click();

        Assert.Contains("Choose at least one platform", byNext);
        Assert.Contains("Choose at least one platform", page.Find("#step-problem").TextContent);
        Assert.Empty(page.FindAll("#generate-persona"));
        Assert.NotNull(page.Find("#industry"));
    }

    [Fact]
    public void The_own_key_engine_cannot_be_left_until_a_key_is_saved()
    {
        var page = RenderWizard();

        page.Find("#engine-user-key").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("#gemini-key")));
        Next(page);

        Assert.Contains("Test and save your Gemini key first", page.Find("#step-problem").TextContent);
        Assert.Empty(page.FindAll("#sample-1"));
    }

    [Fact]
    public async Task Reopening_resumes_at_the_saved_step_with_everything_filled_in()
    {
        await Drafts.SaveAsync(UserId, 2, new DraftInputs
        {
            Samples = [new("Launch", "We shipped it today.")],
            Industry = "B2B software",
            BrandValues = ["honesty"],
            Platforms = ["linkedin"],
        }, CancellationToken.None);

        var page = RenderWizard();

        Assert.Equal("B2B software", page.Find("#industry").GetAttribute("value"));
        Assert.Contains("honesty", page.Find("#brand-values-chips").TextContent);
        page.Find("#onboarding-back").Click();
        page.WaitForAssertion(() => Assert.Equal("We shipped it today.", page.Find("#sample-1").TextContent));
    }

    [Fact]
    public async Task Moving_to_the_next_step_saves_the_step_and_what_was_typed()
    {
        var page = RenderWizard();
        Next(page);
        page.Find("#sample-1").Input("Short notes, plainly put.");

        Next(page);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#industry")));
        var saved = await Drafts.LoadAsync(UserId, CancellationToken.None);
        Assert.Equal((2, "Short notes, plainly put."), (saved!.Step, saved.Inputs.Samples[0].Text));
    }

    [Fact]
    public void A_failed_website_preview_says_why_and_keeps_everything_typed()
    {
        var page = RenderWizard();
        Next(page);
        page.Find("#sample-1").Input("My own words, kept safe.");
        page.Find("#website-url").Input("unreachable.example");

        page.Find("#website-preview").Click();

        page.WaitForAssertion(() => Assert.Contains("could not be reached", page.Find("#website-error").TextContent));
        Assert.Equal("My own words, kept safe.", page.Find("#sample-1").TextContent);
        Assert.Equal("unreachable.example", page.Find("#website-url").GetAttribute("value"));
    }

    [Fact]
    public async Task Another_users_persona_cannot_be_regenerated_and_nothing_is_loaded()
    {
        var other = await AddUserAsync("noah@example.com");
        var personaId = await AddPersonaAsync(other, "Noah's voice");
        await Drafts.SaveAsync(UserId, 1, new DraftInputs { Samples = [new(null, "Mine, not Noah's.")] }, CancellationToken.None);

        var page = RenderWizard($"/onboarding?regenerate={personaId}");

        Assert.Contains("not found", page.Find("#regenerate-not-found").TextContent);
        Assert.Empty(page.FindAll(".mud-stepper"));
        Assert.DoesNotContain("Noah", page.Markup);
        Assert.Equal("Mine, not Noah's.", (await Drafts.LoadAsync(UserId, CancellationToken.None))!.Inputs.Samples[0].Text);
    }

    [Fact]
    public async Task Regenerating_while_a_new_persona_is_unfinished_asks_first_and_replaces_only_when_told()
    {
        var personaId = await AddPersonaAsync(UserId, "Mia's voice");
        await Drafts.SaveAsync(UserId, 2, new DraftInputs { Samples = [new(null, "Half a new persona, four hours of work.")] }, CancellationToken.None);

        var page = RenderWizard($"/onboarding?regenerate={personaId}");

        var warning = page.Find("#unfinished-draft").TextContent;
        Assert.Contains("a new persona", warning);
        Assert.Contains("8 words", warning);
        Assert.Contains("Regenerating Mia's voice replaces it", warning);
        Assert.Empty(page.FindAll(".mud-stepper"));
        Assert.Equal("Half a new persona, four hours of work.", (await Drafts.LoadAsync(UserId, CancellationToken.None))!.Inputs.Samples[0].Text);
        Assert.Equal("/onboarding", page.Find("#unfinished-keep").GetAttribute("href"));

        page.Find("#unfinished-replace").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-stepper")));
        Assert.Equal(personaId, (await Drafts.LoadAsync(UserId, CancellationToken.None))!.Inputs.PersonaId);
    }

    [Fact]
    public async Task Coming_back_after_the_generation_finished_points_to_the_persona_and_starts_afresh()
    {
        var personaId = await AddPersonaAsync(UserId, "Mia's voice");
        var jobId = await AddJobAsync(JobStatus.Succeeded, personaId);
        await Drafts.SaveAsync(UserId, 3, new DraftInputs { Samples = [new(null, "Old words.")], JobId = jobId }, CancellationToken.None);

        var page = RenderWizard();

        Assert.Contains($"/personas/{personaId}", page.Find("#finished-persona").InnerHtml);
        Assert.NotNull(page.Find("#engine-local"));
        Assert.Null(await Drafts.LoadAsync(UserId, CancellationToken.None));
    }

    [Fact]
    public async Task A_generation_still_running_opens_on_its_progress()
    {
        await Drafts.SaveAsync(UserId, 1, new DraftInputs { Samples = [new(null, "Words.")] }, CancellationToken.None);
        await AddJobAsync(JobStatus.Running, null);

        var page = RenderWizard();

        Assert.NotNull(page.Find("#cancel-generation"));
        Assert.Contains("Waiting to start", page.Find("#job-stage").TextContent);
        Assert.Empty(page.FindAll("#start-over"));
    }

    private async Task<Guid> AddJobAsync(string status, Guid? personaId)
    {
        await using var db = await Db.CreateDbContextAsync();
        var job = new GenerationJob { UserId = UserId, RequestJson = "{}", Status = status, PersonaId = personaId, FinishedUtc = DateTime.UtcNow };
        db.GenerationJobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    }

    private async Task<Guid> AddPersonaAsync(string owner, string name)
    {
        await using var db = await Db.CreateDbContextAsync();
        var persona = new WritingPersona { UserId = owner, Name = name };
        db.WritingPersonas.Add(persona);
        await db.SaveChangesAsync();
        return persona.Id;
    }

    private sealed class FailingWebsite : IWebsiteCollector
    {
        public Task<WebsitePreview> PreviewAsync(string url, CancellationToken ct) =>
            throw new OnboardingInputException("fetch-failed", $"{url} could not be reached: the name does not resolve.");

        public Task<IReadOnlyList<CollectedText>> CollectAsync(string siteUrl, IReadOnlyList<string>? pageUrls, CancellationToken ct) =>
            throw new OnboardingInputException("fetch-failed", "not used");
    }
}

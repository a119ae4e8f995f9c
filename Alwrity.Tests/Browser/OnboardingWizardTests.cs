using Alwrity.Domain.Data;
using Alwrity.Domain.Onboarding.Drafts;
using Alwrity.Domain.Personas.Jobs;
using Alwrity.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alwrity.Tests.Browser;

/// <summary>The onboarding wizard in real Chromium: a whole first persona, saved progress, files, regeneration.</summary>
public sealed class OnboardingWizardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    // The worker is driven by hand so the test can watch a queued job's progress before letting it run.
    private readonly KestrelAppFactory app = new(settings: new Dictionary<string, string?> { ["Jobs:RunWorker"] = "false" });

    [BrowserFact]
    public async Task A_new_user_completes_the_wizard_on_the_local_engine_watches_progress_and_lands_on_the_dashboard()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignUpAsync("wizard");
        await WizardPage.OpenAsync(page);

        await Expect(page.Locator("#engine-local")).ToBeCheckedAsync();
        await Expect(page.Locator("#no-server-model")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "wizard-1-engine-laptop");
        await page.ClickAsync("#onboarding-next");
        await page.GetByLabel("Sample 1", new() { Exact = true }).FillAsync(PersonaApi.Federalist("MADISON", 1).First().Text);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#word-meter-advice")).ToContainTextAsync("more words");
        await BrowserFixture.ScreenshotAsync(page, "wizard-2-writing-laptop");
        await page.ClickAsync("#onboarding-next");
        await page.GetByLabel("Industry").FillAsync("public policy");
        await page.FillAsync("#brand-values-input", "clarity");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#brand-values-chips")).ToContainTextAsync("clarity");
        await BrowserFixture.ScreenshotAsync(page, "wizard-3-audience-laptop");
        await page.ClickAsync("#onboarding-next");
        await Expect(page.Locator("#generate-summary")).ToContainTextAsync("the local engine");
        await page.ClickAsync("#generate-persona");

        await Expect(page.Locator("#job-stage")).ToHaveTextAsync("Waiting to start");
        await Expect(page.Locator(".stage-list li")).ToHaveCountAsync(6);
        await Expect(page.Locator(".stage-list")).ToContainTextAsync("Adapting for LinkedIn and Facebook");
        await BrowserFixture.ScreenshotAsync(page, "wizard-4-progress-laptop");
        Assert.True(await app.Services.GetRequiredService<GenerationJobWorker>().RunOnceAsync(CancellationToken.None));

        await Expect(page.Locator("#persona-name")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.Matches("/personas/[0-9a-f-]{36}$", page.Url);
        await page.GotoAsync("/onboarding"); // a finished generation cleared the draft: a fresh wizard
        await Expect(page.Locator("#engine-local")).ToBeVisibleAsync();
        await page.ClickAsync("#onboarding-next");
        await Expect(page.GetByLabel("Sample 1", new() { Exact = true })).ToHaveValueAsync("");
    }

    [BrowserFact]
    public async Task Reloading_mid_wizard_on_a_phone_resumes_at_the_saved_step_with_the_text_still_there()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SetViewportSizeAsync(375, 812);
        var email = await page.SignUpAsync("wizard");
        await WizardPage.OpenAsync(page);
        await WizardPage.ExpectNoSidewaysScrollAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "wizard-1-engine-phone");
        await page.ClickAsync("#onboarding-next");
        const string text = "Short notes beat long memos. I write them on Mondays, and people read them.";
        await page.GetByLabel("Sample 1", new() { Exact = true }).FillAsync(text);
        await WizardPage.ExpectNoSidewaysScrollAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "wizard-2-writing-phone");
        await page.ClickAsync("#onboarding-next");
        await page.GetByLabel("Industry").FillAsync("fitness coaching");
        await WizardPage.ExpectNoSidewaysScrollAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "wizard-3-audience-phone");
        await WaitForSavedAsync(email, d => d.Inputs.Industry == "fitness coaching");

        await page.ReloadAsync();

        await Expect(page.Locator("#circuit-ready")).ToBeAttachedAsync();
        await Expect(page.GetByLabel("Industry")).ToHaveValueAsync("fitness coaching");
        await page.ClickAsync("#onboarding-back");
        await Expect(page.GetByLabel("Sample 1", new() { Exact = true })).ToHaveValueAsync(text);
        await page.ClickAsync("#onboarding-next");
        await page.ClickAsync("#onboarding-next");
        await Expect(page.Locator("#generate-persona")).ToBeVisibleAsync();
        await WizardPage.ExpectNoSidewaysScrollAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "wizard-4-generate-phone");
    }

    [BrowserFact]
    public async Task An_uploaded_text_file_shows_its_word_count_and_a_wrong_file_type_says_which_types_work()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignUpAsync("wizard");
        await WizardPage.OpenAsync(page);
        await page.ClickAsync("#onboarding-next");
        // Files chosen before Blazor has wired the file input are never read: wait for its script to attach.
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");

        await page.Locator("input[type=file]").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "launch-post.txt", MimeType = "text/plain", Buffer = "We shipped the new planner today. It took six months.\n\nThanks, team."u8.ToArray() },
            new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3] },
        });

        await Expect(page.Locator("#uploaded-files")).ToContainTextAsync("launch-post.txt");
        await Expect(page.Locator("#uploaded-files .file-words")).ToHaveTextAsync("12 words");
        await Expect(page.Locator(".file-problem")).ToContainTextAsync("only .txt, .md, .html, .htm files are accepted");
        await Expect(page.Locator("#word-meter-sources")).ToContainTextAsync("files 12");
        await BrowserFixture.ScreenshotAsync(page, "wizard-2-file-laptop");
        await page.ClickAsync("#onboarding-next");
        await Expect(page.GetByLabel("Industry")).ToBeVisibleAsync(); // a file alone is enough writing

        await page.ClickAsync("#onboarding-back");
        await page.GetByLabel("Remove launch-post.txt").ClickAsync();
        await Expect(page.Locator("#uploaded-files")).ToHaveCountAsync(0);
        await Expect(page.Locator("#word-meter-total")).ToHaveTextAsync("0 words collected");
    }

    [BrowserFact]
    public async Task Regenerate_opens_the_wizard_filled_with_the_personas_inputs_and_replaces_that_persona()
    {
        var (client, email) = await app.NewSignedInUserAsync();
        var started = await PersonaApi.StartAsync(client, PersonaApi.Body(PersonaApi.Federalist("HAMILTON", 1), "linkedin"));
        await app.Services.GetRequiredService<GenerationJobWorker>().RunOnceAsync(CancellationToken.None);
        var done = await PersonaApi.WaitAsync(client, started.GetProperty("jobId").GetString()!);
        var personaId = done.GetProperty("personaId").GetString()!;
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(email);

        await page.GotoAsync($"/onboarding?regenerate={personaId}");

        await Expect(page.Locator("#circuit-ready")).ToBeAttachedAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Regenerate");
        await page.ClickAsync("#onboarding-next");
        await Expect(page.GetByLabel("Sample 1", new() { Exact = true })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("\\w{3,}"));
        await page.ClickAsync("#onboarding-next");
        await Expect(page.GetByLabel("Industry")).ToHaveValueAsync("public policy");
        await Expect(page.Locator("#brand-values-chips")).ToContainTextAsync("clarity");
        await Expect(page.Locator("#platform-linkedin")).ToBeCheckedAsync();
        await Expect(page.Locator("#platform-facebook")).Not.ToBeCheckedAsync();
        await page.ClickAsync("#onboarding-next");
        await page.ClickAsync("#generate-persona");
        await Expect(page.Locator("#job-stage")).ToBeVisibleAsync();
        await app.Services.GetRequiredService<GenerationJobWorker>().RunOnceAsync(CancellationToken.None);

        await Expect(page.Locator("#persona-name")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.EndsWith($"/personas/{personaId}", page.Url);
        var versions = await (await client.GetAsync($"/api/personas/{personaId}/versions")).JsonAsync();
        Assert.Equal(2, versions.GetArrayLength());
    }

    private async Task WaitForSavedAsync(string email, Func<SavedDraft, bool> done)
    {
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AlwrityDbContext>>().CreateDbContextAsync())
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var store = app.Services.GetRequiredService<OnboardingDraftStore>();
            for (var until = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < until; await Task.Delay(100))
            {
                if (await store.LoadAsync(userId, CancellationToken.None) is { } draft && done(draft))
                {
                    return;
                }
            }
        }

        throw new TimeoutException("The wizard did not save the draft within 10 s.");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}

/// <summary>The engine step against a fake Gemini: keys are tested before saving, and a rejected key offers the local engine.</summary>
public sealed class OnboardingEngineTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string GoodKey = "AIzaGoodKey-0123456789abcdefghijklmnop";
    private const string BadKey = "AIzaBadKey-0123456789abcdefghijklmnopq";
    private FakeOpenAiServer gemini = null!;
    private KestrelAppFactory app = null!;

    public async Task InitializeAsync()
    {
        gemini = await FakeOpenAiServer.StartAsync();
        gemini.Responder = r => r.Authorization == $"Bearer {GoodKey}" && r.Messages.Count == 1
            ? FakeResponse.Completion("OK")
            : FakeResponse.Error(401, "API key not valid. Please pass a valid API key.");
        app = new KestrelAppFactory(settings: new Dictionary<string, string?>
        {
            ["Ai:Provider"] = "Local",
            ["Ai:Gemini:Endpoint"] = gemini.BaseUrl.ToString(),
            ["Ai:MaxRetries"] = "0",
            ["Ai:TimeoutSeconds"] = "5",
        });
    }

    [BrowserFact]
    public async Task A_key_the_model_rejects_is_not_saved_and_one_it_accepts_is_saved_and_shown_by_its_hint()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignUpAsync("wizard");
        await WizardPage.OpenAsync(page);
        await page.CheckAsync("#engine-user-key");

        await page.FillAsync("#gemini-key", BadKey);
        await page.ClickAsync("#gemini-key-save");
        await Expect(page.Locator("#gemini-key-error")).ToContainTextAsync("Gemini rejected the key (401)");
        await page.ClickAsync("#onboarding-next");
        await Expect(page.Locator("#step-problem")).ToContainTextAsync("Test and save your Gemini key first");
        await BrowserFixture.ScreenshotAsync(page, "wizard-1-key-rejected-laptop");

        await page.FillAsync("#gemini-key", GoodKey);
        await page.ClickAsync("#gemini-key-save");

        await Expect(page.Locator("#gemini-key-hint")).ToContainTextAsync("…mnop");
        await Expect(page.Locator("#gemini-key")).ToHaveCountAsync(0);
        Assert.DoesNotContain(GoodKey, await page.ContentAsync());
        await page.ClickAsync("#onboarding-next");
        await Expect(page.GetByLabel("Sample 1", new() { Exact = true })).ToBeVisibleAsync();
        await page.ClickAsync("#onboarding-back");
        await page.ClickAsync("#gemini-key-remove");
        await Expect(page.Locator("#gemini-key")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task When_gemini_rejects_the_key_during_generation_the_user_can_continue_with_the_local_engine()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignUpAsync("wizard");
        await WizardPage.OpenAsync(page);
        await page.CheckAsync("#engine-user-key");
        await page.FillAsync("#gemini-key", GoodKey);
        await page.ClickAsync("#gemini-key-save");
        await Expect(page.Locator("#gemini-key-hint")).ToBeVisibleAsync();
        gemini.Responder = _ => FakeResponse.Error(401, "API key expired. Please renew the API key.");
        await page.ClickAsync("#onboarding-next");
        await page.GetByLabel("Sample 1", new() { Exact = true }).FillAsync(PersonaApi.Federalist("JAY", 1).First().Text);
        await page.ClickAsync("#onboarding-next");
        await page.ClickAsync("#onboarding-next");
        await page.ClickAsync("#generate-persona");

        await Expect(page.Locator("#generation-stopped")).ToContainTextAsync("rejected the key (401)", new() { Timeout = 60_000 });
        await BrowserFixture.ScreenshotAsync(page, "wizard-4-failed-laptop");
        var calls = gemini.Requests.Count;
        await page.ClickAsync("#continue-local");

        await Expect(page.Locator("#persona-name")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.Equal(calls, gemini.Requests.Count);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await gemini.DisposeAsync();
    }
}

/// <summary>Steps the onboarding browser tests share: open the wizard, check the layout fits.</summary>
internal static class WizardPage
{
    public static async Task OpenAsync(IPage page)
    {
        await page.OpenAsync("/onboarding");
        await Expect(page.Locator(".mud-stepper")).ToBeVisibleAsync();
    }

    /// <summary>Nothing sticks out to the side: the page fits the window without scrolling sideways.</summary>
    public static async Task ExpectNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the {page.ViewportSize?.Width}px window.");
    }
}

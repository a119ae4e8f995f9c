using Alwrity.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alwrity.Tests.Browser;

public sealed class PersonaPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelAppFactory app = new();

    [BrowserFact]
    public async Task A_new_user_pastes_writing_generates_on_the_local_engine_and_lands_on_their_dashboard()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignUpAsync("onboard");
        await Expect(page.Locator("#circuit-ready")).ToBeAttachedAsync();
        await page.GotoAsync("/onboarding");
        await Expect(page.Locator("#circuit-ready")).ToBeAttachedAsync();
        await page.ClickAsync("#onboarding-next"); // the local engine

        var sample = page.GetByLabel("Sample 1", new() { Exact = true });
        await sample.FillAsync(PersonaApi.Federalist("MADISON", 1).First().Text);
        await sample.PressSequentiallyAsync(" The end.");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#word-meter-advice")).ToContainTextAsync("more words");
        await BrowserFixture.ScreenshotAsync(page, "onboarding-writing");
        await page.ClickAsync("#onboarding-next");
        await page.GetByLabel("Industry").FillAsync("public policy");
        await page.Keyboard.PressAsync("Tab");
        await page.ClickAsync("#onboarding-next");
        await page.ClickAsync("#generate-persona");

        await Expect(page.Locator("#persona-name")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator(".evidence-quote").First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task The_dashboard_shows_the_persona_its_measured_traits_and_the_users_own_sentences()
    {
        var (client, email) = await app.NewSignedInUserAsync();
        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 2)));
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(email);

        await page.OpenAsync($"/personas/{persona.GetProperty("personaId").GetString()}");

        var name = persona.GetProperty("corePersona").GetProperty("identity").GetProperty("personaName").GetString()!;
        await Expect(page.Locator("#persona-name")).ToHaveTextAsync(name);
        await Expect(page.Locator(".evidence-quote").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Fingerprint" }).ClickAsync();
        await Expect(page.Locator("#measure-sentence")).ToContainTextAsync("words");
        await BrowserFixture.ScreenshotAsync(page, "dashboard");
        await page.GotoAsync("/personas");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Another_users_persona_shows_not_found()
    {
        var (client, _) = await app.NewSignedInUserAsync();
        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body([("Mine", "I write short notes. They are plain. I like that.")], "linkedin"));
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignUpAsync("other");

        await page.GotoAsync($"/personas/{persona.GetProperty("personaId").GetString()}");

        await Expect(page.Locator("#persona-not-found")).ToBeVisibleAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}

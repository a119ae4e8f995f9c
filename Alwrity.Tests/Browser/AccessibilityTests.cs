using Alwrity.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alwrity.Tests.Browser;

/// <summary>axe-core (WCAG 2.1 A/AA) finds no serious or critical problem on the main screens (home, personas, dashboard, wizard), light and dark.</summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelAppFactory app = new();

    [AccessibilityFact]
    public async Task The_home_page_the_persona_list_every_dashboard_tab_and_the_wizard_pass_the_accessibility_checks()
    {
        var (client, email) = await app.NewSignedInUserAsync();
        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 1)));
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(email);
        var problems = new List<string>();
        await CheckAsync(page, "home", problems);
        await page.OpenAsync("/personas");
        await CheckAsync(page, "personas", problems);

        await page.OpenAsync($"/personas/{persona.GetProperty("personaId").GetString()}");
        await Expect(page.Locator("#persona-name")).ToBeVisibleAsync();
        foreach (var tab in new[] { "Overview", "Fingerprint", "LinkedIn", "History", "Try it" })
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
            await page.WaitForTimeoutAsync(300);
            await CheckAsync(page, $"dashboard {tab}", problems);
        }

        await page.OpenAsync("/onboarding");
        await CheckAsync(page, "wizard engine", problems);
        await page.ClickAsync("#onboarding-next");
        await Expect(page.GetByLabel("Sample 1", new() { Exact = true })).ToBeVisibleAsync();
        await CheckAsync(page, "wizard writing", problems);
        await page.GetByLabel("Sample 1", new() { Exact = true }).FillAsync("I write plain notes for busy people. They are short. You can read them fast.");
        await page.Keyboard.PressAsync("Tab");
        await page.ClickAsync("#onboarding-next");
        await Expect(page.GetByLabel("Industry")).ToBeVisibleAsync();
        await CheckAsync(page, "wizard audience", problems);

        await page.OpenAsync($"/personas/{persona.GetProperty("personaId").GetString()}");
        await page.ClickAsync("#theme-toggle");
        foreach (var tab in new[] { "Overview", "Fingerprint" })
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
            await page.WaitForTimeoutAsync(300);
            await CheckAsync(page, $"dark dashboard {tab}", problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task CheckAsync(IPage page, string screen, List<string> problems) =>
        problems.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{screen}: {v}"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}

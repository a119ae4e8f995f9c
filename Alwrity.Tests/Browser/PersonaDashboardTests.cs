using Alwrity.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alwrity.Tests.Browser;

/// <summary>The persona dashboard in real Chromium: traits with evidence, inline edits as versions, history, switching, export, delete.</summary>
public sealed class PersonaDashboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelAppFactory app = new();

    [BrowserFact]
    public async Task Explore_screens()
    {
        var (client, email) = await app.NewSignedInUserAsync();
        var persona = await PersonaApi.GenerateAsync(client, PersonaApi.Body(PersonaApi.Federalist("MADISON", 3)));
        var id = persona.GetProperty("personaId").GetString();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.SignInAsync(email);
        await page.OpenAsync($"/personas/{id}");
        await Expect(page.Locator("#persona-name")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "x-overview");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Fingerprint" }).ClickAsync();
        await Expect(page.Locator("#readability-gauges")).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(1000);
        await BrowserFixture.ScreenshotAsync(page, "x-fingerprint");
        await page.GetByRole(AriaRole.Tab, new() { Name = "LinkedIn" }).ClickAsync();
        await page.WaitForTimeoutAsync(500);
        await BrowserFixture.ScreenshotAsync(page, "x-linkedin");
        await page.GetByRole(AriaRole.Tab, new() { Name = "History (1)" }).ClickAsync();
        await page.WaitForTimeoutAsync(500);
        await BrowserFixture.ScreenshotAsync(page, "x-history");
        await page.SetViewportSizeAsync(390, 844);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Overview" }).ClickAsync();
        await page.WaitForTimeoutAsync(500);
        await BrowserFixture.ScreenshotAsync(page, "x-phone");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}

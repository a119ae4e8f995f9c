using Alwrity.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alwrity.Tests.Browser;

public sealed class SignUpFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelAppFactory app = new();

    [BrowserFact]
    public async Task A_new_user_registers_signs_in_sees_their_email_and_signs_out()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);
        var email = $"browser-{Guid.NewGuid():N}@example.com";

        await page.GotoAsync("/Account/Register");
        await BrowserFixture.ScreenshotAsync(page, "register");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", ApiClientExtensions.StrongPassword);
        await page.FillAsync("#Input\\.ConfirmPassword", ApiClientExtensions.StrongPassword);
        await page.ClickAsync("#create-account");
        await Expect(page.Locator("#welcome-email")).ToHaveTextAsync(email);

        await page.ClickAsync("#sign-out");
        await Expect(page.GetByText("Create a free account")).ToBeVisibleAsync();

        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", ApiClientExtensions.StrongPassword);
        await BrowserFixture.ScreenshotAsync(page, "sign-in");
        await page.ClickAsync("#sign-in");
        await Expect(page.Locator("#welcome-email")).ToHaveTextAsync(email);
        await Expect(page.Locator("#signed-in-user")).ToHaveTextAsync(email);
        await BrowserFixture.ScreenshotAsync(page, "home-signed-in");

        await page.ClickAsync("#sign-out");
        await Expect(page.GetByText("Create a free account")).ToBeVisibleAsync();
        await Expect(page.Locator("#welcome-email")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task A_wrong_password_shows_a_readable_message_in_the_page()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input\\.Email", "nobody@example.com");
        await page.FillAsync("#Input\\.Password", "Wrong-Passw0rd!");
        await page.ClickAsync("#sign-in");

        await Expect(page.Locator(".auth-alert-error")).ToContainTextAsync("The email or password is incorrect.");
        await Expect(page.Locator(".auth-alert-error")).ToHaveAttributeAsync("role", "alert");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}

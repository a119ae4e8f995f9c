using Alwrity.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alwrity.Tests.Browser;

public sealed class PasswordFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelAppFactory app = new();

    [BrowserFact]
    public async Task A_forgotten_password_is_reset_with_the_link_shown_in_development()
    {
        var email = $"forgot-{Guid.NewGuid():N}@example.com";
        (await app.CreateClient().RegisterAsync(email)).EnsureSuccessStatusCode();
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/Account/ForgotPassword");
        await page.FillAsync("#Input\\.Email", email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reset link" }).ClickAsync();
        await page.ClickAsync("#reset-link");
        await page.FillAsync("#Input\\.Password", "Brand-N3w-Passw0rd!");
        await page.FillAsync("#Input\\.ConfirmPassword", "Brand-N3w-Passw0rd!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset password" }).ClickAsync();
        await Expect(page.GetByText("Your password was reset")).ToBeVisibleAsync();

        Assert.False(string.IsNullOrEmpty(await app.CreateClient().TokenAsync(email, "Brand-N3w-Passw0rd!")));
    }

    [BrowserFact]
    public async Task A_signed_in_user_changes_their_password()
    {
        var email = $"change-{Guid.NewGuid():N}@example.com";
        (await app.CreateClient().RegisterAsync(email)).EnsureSuccessStatusCode();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", ApiClientExtensions.StrongPassword);
        await page.ClickAsync("#sign-in");
        await Expect(page.Locator("#welcome-email")).ToHaveTextAsync(email);

        await page.GotoAsync("/Account/Manage/ChangePassword");
        await page.FillAsync("#Input\\.OldPassword", "Not-My-Passw0rd!");
        await page.FillAsync("#Input\\.NewPassword", "Changed-Passw0rd!");
        await page.FillAsync("#Input\\.ConfirmPassword", "Changed-Passw0rd!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();
        await Expect(page.Locator(".auth-alert-error")).ToContainTextAsync("current password is incorrect");

        await page.FillAsync("#Input\\.OldPassword", ApiClientExtensions.StrongPassword);
        await page.FillAsync("#Input\\.NewPassword", "Changed-Passw0rd!");
        await page.FillAsync("#Input\\.ConfirmPassword", "Changed-Passw0rd!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();
        await Expect(page.Locator(".auth-alert-ok")).ToContainTextAsync("has been changed");
        Assert.False(string.IsNullOrEmpty(await app.CreateClient().TokenAsync(email, "Changed-Passw0rd!")));
    }

    [BrowserFact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in_for_a_protected_page()
    {
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/account");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}

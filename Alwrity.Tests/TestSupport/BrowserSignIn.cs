using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alwrity.Tests.TestSupport;

/// <summary>Signs a browser page up or in the way a person does: the account forms, then a connected page.</summary>
public static class BrowserSignIn
{
    /// <summary>Registers a new account (<c>{prefix}-{guid}@example.com</c>) and returns its email once signed in.</summary>
    public static async Task<string> SignUpAsync(this IPage page, string prefix)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@example.com";
        await page.GotoAsync("/Account/Register");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", ApiClientExtensions.StrongPassword);
        await page.FillAsync("#Input\\.ConfirmPassword", ApiClientExtensions.StrongPassword);
        await page.ClickAsync("#create-account");
        await Expect(page.Locator("#welcome-email")).ToHaveTextAsync(email);
        return email;
    }

    public static async Task SignInAsync(this IPage page, string email, string password = ApiClientExtensions.StrongPassword)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", password);
        await page.ClickAsync("#sign-in");
        await Expect(page.Locator("#welcome-email")).ToHaveTextAsync(email);
    }

    /// <summary>Opens <paramref name="path"/> and waits until the page is interactive (clicks before that are lost).</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await Expect(page.Locator("#circuit-ready")).ToBeAttachedAsync();
    }
}

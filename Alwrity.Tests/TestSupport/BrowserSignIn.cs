using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alwrity.Tests.TestSupport;

/// <summary>Signs a browser page in the way a person does: the sign-in form, then a connected page.</summary>
public static class BrowserSignIn
{
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

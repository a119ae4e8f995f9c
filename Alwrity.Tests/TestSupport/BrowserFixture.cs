using Microsoft.Playwright;

namespace Alwrity.Tests.TestSupport;

/// <summary>
/// One headless Debian Chromium for a test class, driven by Playwright (never a downloaded browser).
/// Screenshots go to ALWRITY_TEST_ARTIFACTS (default TestResults/artifacts).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string? ChromiumPath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("ALWRITY_CHROMIUM");
            if (!string.IsNullOrEmpty(configured) && File.Exists(configured))
            {
                return configured;
            }

            return new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        }
    }

    public static string ArtifactsFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("ALWRITY_TEST_ARTIFACTS")
                ?? Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath ?? throw new InvalidOperationException("Debian's chromium is not installed (apt-get install chromium)."),
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task<IPage> NewPageAsync(string baseUrl)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new() { Width = 1280, Height = 860 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsFolder, $"{name}.png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}

/// <summary>A real-browser test: skipped locally without Chromium, always run under .ci/run (ALWRITY_REQUIRE_BROWSER=1).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserFixture.ChromiumPath is null && Environment.GetEnvironmentVariable("ALWRITY_REQUIRE_BROWSER") != "1")
        {
            Skip = "Debian's chromium is not installed; run `bash .ci/run` to install it.";
        }
    }
}

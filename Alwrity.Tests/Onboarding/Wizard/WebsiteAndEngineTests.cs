using Alwrity.Domain.Ai;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Onboarding.Website;
using Alwrity.Web.Onboarding;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Onboarding.Wizard;

/// <summary>The website part of the writing step, and the server model offered on the engine step.</summary>
public sealed class WebsiteAndEngineTests : WizardTestContext
{
    private readonly ScriptedWebsite website = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IWebsiteCollector>(website);

    protected override void ConfigureSettings(IDictionary<string, string?> settings)
    {
        settings["Ai:Provider"] = AiProviders.OpenAICompatible;
        settings["Ai:OpenAICompatible:Endpoint"] = "http://127.0.0.1:9/v1/";
        settings["Ai:OpenAICompatible:Model"] = "house-model";
    }

    [Fact]
    public void The_preview_lists_pages_with_title_words_and_excerpt_and_only_the_picked_pages_are_read_and_counted()
    {
        var page = RenderWizard();
        Next(page);
        page.Find("#website-url").Input("example.com");

        page.Find("#website-preview").Click();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#website-pages .website-page").Count));
        Assert.Contains("Home · 120 words", page.Find("#website-pages").TextContent);
        Assert.Contains("Welcome to the studio", page.Find("#website-pages").TextContent);
        Assert.Contains("The page has no readable text.", page.Find("#website-pages").TextContent);
        Assert.Equal("0 words collected", page.Find("#word-meter-total").TextContent.Trim()); // previewed, not read yet
        page.FindAll("#website-pages input[type=checkbox]")[1].Change(false); // not the blog
        page.Find("#website-use").Click();

        page.WaitForAssertion(() => Assert.Contains("website 6", page.Find("#word-meter-sources").TextContent));
        Assert.Equal(["https://example.com/"], website.Collected);
        var request = Services.GetRequiredService<OnboardingWizardState>().Form.ToDraft().ToRequest();
        Assert.Equal(["https://example.com/"], request.WebsitePages);
        Assert.Equal(["https://example.com/"], request.WebsiteUrls);
        Assert.Equal("Welcome to the studio, said Mia.", Assert.Single(request.WebsiteTexts!).Text); // generation uses what was shown
    }

    [Fact]
    public void The_servers_model_is_offered_by_name_and_chosen_for_generation()
    {
        var page = RenderWizard();

        Assert.Contains("OpenAICompatible · house-model", page.Find("label:has(#engine-server)").TextContent);
        Assert.Empty(page.FindAll("#no-server-model"));
        page.Find("#engine-server").Click();
        Next(page);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#sample-1")));
        Assert.Equal(AiEngines.Server, Services.GetRequiredService<OnboardingWizardState>().Form.ToDraft().ToRequest().Engine);
    }

    private sealed class ScriptedWebsite : IWebsiteCollector
    {
        public List<string> Collected { get; } = [];

        public Task<WebsitePreview> PreviewAsync(string url, CancellationToken ct) => Task.FromResult(new WebsitePreview("https://example.com/",
        [
            new WebPagePreview("https://example.com/", "Home", 120, "Welcome to the studio…", null),
            new WebPagePreview("https://example.com/blog", "Blog", 900, "Notes on craft…", null),
            new WebPagePreview("https://example.com/shop", null, 0, null, "The page has no readable text."),
        ]));

        public Task<IReadOnlyList<CollectedText>> CollectAsync(string siteUrl, IReadOnlyList<string>? pageUrls, CancellationToken ct)
        {
            Collected.AddRange(pageUrls ?? []);
            IReadOnlyList<CollectedText> texts = (pageUrls ?? [])
                .Select(u => CollectedText.Create(CollectedKinds.Web, "Home", u, "Welcome to the studio, said Mia.")).ToList();
            return Task.FromResult(texts);
        }
    }
}

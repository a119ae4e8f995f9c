using Alwrity.Domain.Errors;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Onboarding.Files;
using Alwrity.Domain.Onboarding.Website;
using Alwrity.Domain.Personas.Generation;
using Alwrity.Domain.Platforms;

namespace Alwrity.Tests.Personas.Generation;

public class SourceCollectorTests
{
    private const string PreviewedText = "Welcome to the studio. We build small, careful tools for writers.";

    [Fact]
    public async Task Pages_read_in_the_preview_are_analysed_as_shown_and_their_site_is_not_fetched_again()
    {
        var website = new CountingWebsite();
        var collector = new SourceCollector(new NoFiles(), website);
        var request = new GeneratePersonaRequest
        {
            WebsiteUrls = ["https://example.com/"],
            WebsiteTexts = [new WebPageInput("https://example.com/about", "About us", PreviewedText)],
        };

        var result = await collector.CollectAsync(request, CancellationToken.None);

        var page = Assert.Single(result.Texts);
        Assert.Equal((CollectedKinds.Web, "About us", "https://example.com/about", PreviewedText), (page.Kind, page.Title, page.Source, page.Text));
        Assert.Equal(0, website.Fetches);
    }

    [Fact]
    public async Task A_site_without_previewed_pages_is_still_fetched()
    {
        var website = new CountingWebsite();
        var collector = new SourceCollector(new NoFiles(), website);
        var request = new GeneratePersonaRequest
        {
            WebsiteUrls = ["https://example.com/", "https://other.example/"],
            WebsiteTexts = [new WebPageInput("https://example.com/about", null, PreviewedText)],
        };

        var result = await collector.CollectAsync(request, CancellationToken.None);

        Assert.Equal(1, website.Fetches);
        Assert.Equal(["/about", "Fetched"], result.Texts.Select(t => t.Title));
    }

    [Fact]
    public void A_previewed_page_without_a_web_address_is_refused_with_a_field_message()
    {
        var request = new GeneratePersonaRequest { WebsiteTexts = [new WebPageInput("about-us", "About", PreviewedText)] };

        var error = Assert.Throws<InputValidationException>(() => RequestValidation.Normalize(request, new PlatformStrategies([]), [".txt"]));

        Assert.Contains("is not a web address", Assert.Single(error.Errors["websiteTexts"]));
    }

    private sealed class CountingWebsite : IWebsiteCollector
    {
        public int Fetches { get; private set; }

        public Task<WebsitePreview> PreviewAsync(string url, CancellationToken ct) => throw new NotSupportedException();

        public Task<IReadOnlyList<CollectedText>> CollectAsync(string siteUrl, IReadOnlyList<string>? pageUrls, CancellationToken ct)
        {
            Fetches++;
            IReadOnlyList<CollectedText> texts = [CollectedText.Create(CollectedKinds.Web, "Fetched", siteUrl, "Text fetched from the live site.")];
            return Task.FromResult(texts);
        }
    }

    private sealed class NoFiles : IFileTextExtractor
    {
        public IReadOnlyList<string> AcceptedExtensions => [".txt"];

        public Task<CollectedText> ExtractAsync(string fileName, Stream content, CancellationToken ct) => throw new NotSupportedException();
    }
}

using Alwrity.Domain.Onboarding.Text;
using Microsoft.Extensions.Options;

namespace Alwrity.Domain.Onboarding.Website;

/// <summary>Reads the user's website server-side, safely: a preview to pick pages, then the chosen pages' main text.</summary>
public interface IWebsiteCollector
{
    /// <summary>The home page and up to N same-site pages it links to, each with title, word count and an excerpt.</summary>
    /// <exception cref="OnboardingInputException">The address is unsafe or the home page cannot be read.</exception>
    Task<WebsitePreview> PreviewAsync(string url, CancellationToken ct);

    /// <summary>
    /// The main text of <paramref name="pageUrls"/> (all on the same site as <paramref name="siteUrl"/>, at most N+1),
    /// or, when null, of the home page plus up to N pages it links to. Unreadable pages are skipped.
    /// </summary>
    /// <exception cref="OnboardingInputException">Unsafe or off-site addresses, or no page could be read.</exception>
    Task<IReadOnlyList<CollectedText>> CollectAsync(string siteUrl, IReadOnlyList<string>? pageUrls, CancellationToken ct);
}

/// <inheritdoc />
internal sealed class WebsiteCollector(PageFetcher fetcher, IOptions<OnboardingOptions> options) : IWebsiteCollector
{
    private const int Parallelism = 3;

    private WebsiteOptions Settings => options.Value.Website;

    public async Task<WebsitePreview> PreviewAsync(string url, CancellationToken ct)
    {
        using var deadline = TotalDeadline(ct);
        var home = await ReadHomeAsync(url, deadline.Token, ct);
        var others = await ReadManyAsync(home.Links, deadline.Token, ct);
        var pages = new[] { home.Page }.Concat(others).Select(ToPreview).ToList();
        return new WebsitePreview(home.Page.Url.ToString(), pages);
    }

    public async Task<IReadOnlyList<CollectedText>> CollectAsync(string siteUrl, IReadOnlyList<string>? pageUrls, CancellationToken ct)
    {
        using var deadline = TotalDeadline(ct);
        List<PageResult> results;
        if (pageUrls is null)
        {
            var home = await ReadHomeAsync(siteUrl, deadline.Token, ct);
            results = [home.Page, .. await ReadManyAsync(home.Links, deadline.Token, ct)];
        }
        else
        {
            results = [.. await ReadManyAsync(Chosen(siteUrl, pageUrls), deadline.Token, ct)];
        }

        var texts = results.Where(r => r.Text is not null).Select(r => r.Text!).DistinctBy(t => t.Id).ToList();
        return texts.Count > 0
            ? texts
            : throw new OnboardingInputException("fetch-failed", "None of the pages could be read: " + (results.FirstOrDefault()?.Error ?? "no pages given."));
    }

    private List<Uri> Chosen(string siteUrl, IReadOnlyList<string> pageUrls)
    {
        var site = UrlPolicy.ParseUserUrl(siteUrl, Settings.AllowLoopbackForTests);
        var chosen = pageUrls.Select(p => UrlPolicy.ParseUserUrl(p, Settings.AllowLoopbackForTests)).DistinctBy(u => u.AbsoluteUri).ToList();
        var foreign = chosen.FirstOrDefault(u => !SiteLinks.SameSite(site, u));
        if (foreign is not null)
        {
            throw new UnsafeUrlException($"{foreign} is not part of {site.Host}; pick pages of your own site.");
        }

        return chosen.Count <= Settings.EffectiveMaxPages + 1
            ? chosen
            : throw new OnboardingInputException("too-many", $"Pick at most {Settings.EffectiveMaxPages + 1} pages.");
    }

    private async Task<(PageResult Page, IReadOnlyList<Uri> Links)> ReadHomeAsync(string url, CancellationToken ct, CancellationToken caller)
    {
        var start = UrlPolicy.ParseUserUrl(url, Settings.AllowLoopbackForTests);
        FetchedPage page;
        try
        {
            page = await fetcher.FetchAsync(start, ct);
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            throw new OnboardingInputException("fetch-failed", OutOfTime);
        }

        var links = page.MediaType == "text/plain" ? [] : SiteLinks.Find(page.Body, page.Url, Settings.EffectiveMaxPages);
        return (Read(page), links);
    }

    /// <summary>Reads pages a few at a time; pages cut off by the overall time limit get an error, not an exception.</summary>
    private async Task<IReadOnlyList<PageResult>> ReadManyAsync(IReadOnlyList<Uri> urls, CancellationToken ct, CancellationToken caller)
    {
        var results = new PageResult[urls.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, urls.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = caller },
            async (i, _) => results[i] = await TryReadAsync(urls[i], ct, caller));
        return results;
    }

    private async Task<PageResult> TryReadAsync(Uri url, CancellationToken ct, CancellationToken caller)
    {
        try
        {
            return Read(await fetcher.FetchAsync(url, ct));
        }
        catch (OnboardingInputException ex)
        {
            return new PageResult(url, null, null, ex.Message);
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            return new PageResult(url, null, null, OutOfTime);
        }
    }

    private string OutOfTime => $"Not read: the time limit of {Settings.TotalTimeoutSeconds:0.#} s for the whole site was reached.";

    private static PageResult Read(FetchedPage page)
    {
        var (title, text) = page.MediaType == "text/plain"
            ? (page.Url.AbsolutePath, PlainText.Normalize(page.Body))
            : HtmlContent.Extract(page.Body, page.Url);
        if (Words.Count(text) == 0)
        {
            return new PageResult(page.Url, title, null, "The page has no readable text.");
        }

        return new PageResult(page.Url, title, CollectedText.Create(CollectedKinds.Web, string.IsNullOrWhiteSpace(title) ? page.Url.AbsolutePath : title, page.Url.ToString(), text), null);
    }

    private static WebPagePreview ToPreview(PageResult r) =>
        new(r.Url.ToString(), r.Title, r.Text?.WordCount ?? 0, r.Text is null ? null : Words.Excerpt(r.Text.Text), r.Error);

    private CancellationTokenSource TotalDeadline(CancellationToken ct)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(Settings.TotalTimeoutSeconds));
        return deadline;
    }

    private sealed record PageResult(Uri Url, string? Title, CollectedText? Text, string? Error);
}

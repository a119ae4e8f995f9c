using System.Diagnostics;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Onboarding.Website;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Onboarding;

/// <summary>Collection from a local 127.0.0.1 site with the test flag on; off-site links are never fetched.</summary>
public sealed class WebsiteCollectorTests
{
    private static string Page(string title, string body, string links = "") => $"""
        <!doctype html><html><head><title>{title}</title></head><body>
        <header><nav><a href="/">Home</a> <a href="/about">About us</a> {links}</nav></header>
        <main><article><h1>{title}</h1>{body}</article></main>
        <footer><p>Copyright 2025 Smallship Ltd. Terms. Privacy. Cookie settings.</p></footer>
        </body></html>
        """;

    private const string Prose = """
        <p>We build scheduling software for small clinics, and we talk to a clinic owner every single week. Those calls shape what we ship next, more than any roadmap meeting ever could.</p>
        <p>Most of our customers run a front desk with two people and a phone that never stops. They do not want features; they want fewer clicks between a ringing phone and a booked appointment.</p>
        <p>So we measure clicks. Every release has to remove at least one step from a common task, or it waits until it does. That rule has saved us from a lot of clever ideas.</p>
        """;

    private static async Task<LocalSite> StartSiteAsync()
    {
        var site = await LocalSite.StartAsync();
        var links = """<a href="/blog/first-post">Blog</a> <a href="/services#top">Services</a> <a href="https://elsewhere.example/page">Partner</a> <a href="/files/brochure.pdf">Brochure</a> <a href="mailto:hi@smallship.test">Mail</a>""";
        site.Page("/", Page("Smallship", Prose, links))
            .Page("/about", Page("About Smallship", Prose.Replace("clinic", "practice", StringComparison.Ordinal)))
            .Page("/blog/first-post", Page("Our first post", Prose.Replace("clicks", "steps", StringComparison.Ordinal)))
            .Page("/services", Page("Services", Prose.Replace("software", "tools", StringComparison.Ordinal)));
        return site;
    }

    private static ServiceProvider Services(Action<Dictionary<string, string?>>? tweak = null) => OnboardingTestHost.Build(allowLoopback: true, tweak);

    [Fact]
    public async Task Preview_lists_the_home_page_and_same_site_pages_only()
    {
        await using var site = await StartSiteAsync();
        await using var sp = Services();

        var preview = await sp.GetRequiredService<IWebsiteCollector>().PreviewAsync(site.BaseUrl.ToString(), CancellationToken.None);

        var paths = preview.Pages.Select(p => new Uri(p.Url).AbsolutePath).ToList();
        Assert.Equal(["/", "/about", "/blog/first-post", "/services"], paths);
        Assert.All(preview.Pages, p => Assert.True(p.Ok, p.Error));
        Assert.Equal("Smallship", preview.Pages[0].Title);
        Assert.InRange(preview.Pages[0].WordCount, 90, 140);
        Assert.StartsWith("We build scheduling software", preview.Pages[0].Excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Requested, p => p.Contains("brochure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Collected_text_is_the_main_content_without_navigation_or_footer()
    {
        await using var site = await StartSiteAsync();
        await using var sp = Services();

        var texts = await sp.GetRequiredService<IWebsiteCollector>().CollectAsync(site.BaseUrl.ToString(), null, CancellationToken.None);

        Assert.Equal(4, texts.Count);
        var home = texts[0];
        Assert.Equal((CollectedKinds.Web, site.BaseUrl.ToString()), (home.Kind, home.Source));
        Assert.Contains("That rule has saved us from a lot of clever ideas.", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("About us", home.Text, StringComparison.Ordinal);
        Assert.Equal(texts.Count, texts.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public async Task Chosen_pages_are_collected_and_pages_of_other_sites_refused()
    {
        await using var site = await StartSiteAsync();
        await using var sp = Services();
        var collector = sp.GetRequiredService<IWebsiteCollector>();

        var texts = await collector.CollectAsync(site.BaseUrl.ToString(), [site.Url("/about").ToString()], CancellationToken.None);
        var error = await Assert.ThrowsAsync<UnsafeUrlException>(() =>
            collector.CollectAsync(site.BaseUrl.ToString(), ["https://elsewhere.example/page"], CancellationToken.None));

        Assert.Equal("About Smallship", Assert.Single(texts).Title);
        Assert.Contains("not part of", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/", site.Requested);
    }

    [Fact]
    public async Task Page_over_the_size_limit_is_refused_without_reading_it_all()
    {
        await using var site = await StartSiteAsync();
        var huge = "<html><body><p>" + new string('x', 5 * 1024 * 1024) + "</p></body></html>";
        site.Page("/", Page("Home", Prose, """<a href="/big">Big</a> <a href="/big-chunked">Big too</a>"""))
            .Handle("/big", async ctx =>
            {
                ctx.Response.ContentType = "text/html";
                ctx.Response.ContentLength = huge.Length;
                await ctx.Response.WriteAsync(huge, ctx.RequestAborted);
            })
            .Page("/big-chunked", huge);
        await using var sp = Services();

        var preview = await sp.GetRequiredService<IWebsiteCollector>().PreviewAsync(site.BaseUrl.ToString(), CancellationToken.None);

        var big = preview.Pages.Where(p => p.Url.Contains("/big", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, big.Count);
        Assert.All(big, p => Assert.Contains("larger than 2 MB", p.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slow_page_times_out_and_the_rest_of_the_preview_still_arrives()
    {
        await using var site = await StartSiteAsync();
        site.Page("/", Page("Home", Prose, """<a href="/slow">Slow</a>"""))
            .Page("/slow", Page("Slow", Prose), delay: TimeSpan.FromSeconds(20));
        await using var sp = Services(s => s["Onboarding:Website:PageTimeoutSeconds"] = "1");
        var clock = Stopwatch.StartNew();

        var preview = await sp.GetRequiredService<IWebsiteCollector>().PreviewAsync(site.BaseUrl.ToString(), CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
        var slow = preview.Pages.Single(p => p.Url.EndsWith("/slow", StringComparison.Ordinal));
        Assert.Contains("did not answer within 1 s", slow.Error, StringComparison.Ordinal);
        Assert.True(preview.Pages[0].Ok);
    }

    [Fact]
    public async Task Whole_site_time_limit_stops_waiting_and_marks_the_unread_pages()
    {
        await using var site = await StartSiteAsync();
        site.Page("/", Page("Home", Prose, """<a href="/slow">Slow</a>"""))
            .Page("/slow", Page("Slow", Prose), delay: TimeSpan.FromSeconds(20));
        await using var sp = Services(s => s["Onboarding:Website:TotalTimeoutSeconds"] = "2.5");
        var clock = Stopwatch.StartNew();

        var preview = await sp.GetRequiredService<IWebsiteCollector>().PreviewAsync(site.BaseUrl.ToString(), CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
        var slow = preview.Pages.Single(p => p.Url.EndsWith("/slow", StringComparison.Ordinal));
        Assert.Contains("time limit of 2.5 s for the whole site", slow.Error, StringComparison.Ordinal);
        Assert.True(preview.Pages[0].Ok);
    }

    [Fact]
    public async Task Content_that_is_not_html_or_text_is_refused()
    {
        await using var site = await StartSiteAsync();
        site.Page("/", "{\"not\":\"a page\"}", contentType: "application/json");
        await using var sp = Services();

        var error = await Assert.ThrowsAsync<OnboardingInputException>(() =>
            sp.GetRequiredService<IWebsiteCollector>().PreviewAsync(site.BaseUrl.ToString(), CancellationToken.None));

        Assert.Contains("is not a web page (application/json)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://10.0.0.1/admin", "10.0.0.1 is a private network address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("file:///etc/passwd", "Only http and https")]
    public async Task Redirect_to_a_forbidden_address_is_refused(string target, string reason)
    {
        await using var site = await StartSiteAsync();
        site.Redirect("/", target);
        await using var sp = Services();

        var error = await Assert.ThrowsAsync<UnsafeUrlException>(() =>
            sp.GetRequiredService<IWebsiteCollector>().PreviewAsync(site.BaseUrl.ToString(), CancellationToken.None));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirects_within_the_site_are_followed_up_to_the_limit()
    {
        await using var site = await StartSiteAsync();
        site.Redirect("/start", "/about");
        for (var i = 0; i < 8; i++)
        {
            site.Redirect($"/loop{i}", $"/loop{i + 1}");
        }

        await using var sp = Services();
        var collector = sp.GetRequiredService<IWebsiteCollector>();

        var followed = await collector.PreviewAsync(site.Url("/start").ToString(), CancellationToken.None);
        var loop = await Assert.ThrowsAsync<OnboardingInputException>(() => collector.PreviewAsync(site.Url("/loop0").ToString(), CancellationToken.None));

        Assert.Equal(site.Url("/about").ToString(), followed.SiteUrl);
        Assert.Contains("redirects more than 5 times", loop.Message, StringComparison.Ordinal);
    }
}

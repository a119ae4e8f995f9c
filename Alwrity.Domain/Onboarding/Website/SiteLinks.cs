using AngleSharp.Html.Parser;

namespace Alwrity.Domain.Onboarding.Website;

/// <summary>Finds same-site page links on a page, in document order, skipping files, fragments and other sites.</summary>
public static class SiteLinks
{
    private static readonly HashSet<string> NonPages = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".ico", ".zip", ".gz", ".mp3", ".mp4", ".mov", ".avi",
        ".css", ".js", ".json", ".xml", ".rss", ".atom", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".csv", ".exe", ".dmg",
    };

    public static IReadOnlyList<Uri> Find(string html, Uri pageUrl, int max)
    {
        var document = new HtmlParser().ParseDocument(html);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Key(pageUrl) };
        var found = new List<Uri>();
        foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Trim()))
        {
            if (found.Count >= max)
            {
                break;
            }

            if (!Uri.TryCreate(pageUrl, href, out var target) || !IsPage(target) || !SameSite(pageUrl, target) || !seen.Add(Key(target)))
            {
                continue;
            }

            found.Add(WithoutFragment(target));
        }

        return found;
    }

    /// <summary>Same host, ignoring a leading "www." and http/https; an explicit non-default port must match.</summary>
    public static bool SameSite(Uri a, Uri b) =>
        string.Equals(BareHost(a), BareHost(b), StringComparison.OrdinalIgnoreCase) && ((a.IsDefaultPort && b.IsDefaultPort) || a.Port == b.Port);

    private static string BareHost(Uri uri) => uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;

    private static bool IsPage(Uri uri) =>
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !NonPages.Contains(Path.GetExtension(uri.AbsolutePath));

    private static Uri WithoutFragment(Uri uri) => new UriBuilder(uri) { Fragment = string.Empty }.Uri;

    private static string Key(Uri uri) => BareHost(uri) + uri.PathAndQuery.TrimEnd('/');
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Alwrity.Domain.Onboarding.Text;

/// <summary>
/// The main text of an HTML page: SmartReader's article extraction (drops navigation, footers, sidebars), or,
/// when it finds no article, the page's main/article element (else body) without nav, header, footer, aside, forms.
/// </summary>
public static class HtmlContent
{
    private static readonly string[] Boilerplate = ["nav", "header", "footer", "aside", "form", "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[aria-hidden=true]"];

    public static (string Title, string Text) Extract(string html, Uri pageUrl)
    {
        var article = TryArticle(html, pageUrl);
        var document = new HtmlParser().ParseDocument(html);
        var title = FirstNonBlank(article?.Title, document.Title, document.QuerySelector("h1")?.TextContent) ?? string.Empty;
        if (article is { IsReadable: true } && !string.IsNullOrWhiteSpace(article.Content))
        {
            var text = WithoutLeadingTitle(HtmlText.FromHtml(article.Content), title);
            if (Words.Count(text) > 0)
            {
                return (title, text);
            }
        }

        return (title, WithoutLeadingTitle(Fallback(document), title));
    }

    /// <summary>Drops a first paragraph that only repeats the title (the page's h1), which is not a sentence of prose.</summary>
    private static string WithoutLeadingTitle(string text, string title)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        return end > 0 && string.Equals(text[..end].Trim(), title, StringComparison.OrdinalIgnoreCase) ? text[(end + 2)..] : text;
    }

    private static Article? TryArticle(string html, Uri pageUrl)
    {
        try
        {
            return Reader.ParseArticle(pageUrl.ToString(), html);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null; // SmartReader gives up on odd markup; the fallback below still reads the page.
        }
    }

    private static string Fallback(IDocument document)
    {
        foreach (var element in Boilerplate.SelectMany(selector => document.QuerySelectorAll(selector)).ToList())
        {
            element.Remove();
        }

        var main = document.QuerySelector("main, [role=main], article") ?? (INode?)document.Body ?? document;
        return HtmlText.FromNode(main);
    }

    private static string? FirstNonBlank(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}

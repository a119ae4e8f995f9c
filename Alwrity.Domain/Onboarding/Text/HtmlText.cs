using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Alwrity.Domain.Onboarding.Text;

/// <summary>Turns HTML into plain text that keeps paragraph structure (blocks become blank-line separated).</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "head", "button", "select", "input",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "ul", "ol", "li",
        "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "address", "details", "summary",
    };

    /// <summary>Plain text of an HTML fragment or document.</summary>
    public static string FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return FromNode(document.Body ?? (INode)document);
    }

    /// <summary>Plain text of a node and its descendants.</summary>
    public static string FromNode(INode root)
    {
        var text = new StringBuilder();
        Append(root, text);
        return PlainText.Normalize(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText t:
                text.Append(t.Data.Replace('\n', ' '));
                return;
            case IElement e when Skipped.Contains(e.LocalName):
                return;
            case IElement e when e.LocalName == "br":
                text.Append('\n');
                return;
            case IElement e when Blocks.Contains(e.LocalName):
                text.Append("\n\n");
                AppendChildren(e, text);
                text.Append("\n\n");
                return;
            case IElement e when e.LocalName is "td" or "th":
                AppendChildren(e, text);
                text.Append(' ');
                return;
            default:
                AppendChildren(node, text);
                return;
        }
    }

    private static void AppendChildren(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            Append(child, text);
        }
    }
}

using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Alwrity.Domain.Onboarding.Text;

/// <summary>Markdown to plain prose: front matter and code blocks are dropped (they are not the user's voice); raw HTML keeps its text.</summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();

    public static (string? Heading, string Text) Convert(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var block in document.Descendants<Block>().Where(b => b is CodeBlock or YamlFrontMatterBlock).ToList())
        {
            block.Parent?.Remove(block);
        }

        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var text = HtmlText.FromHtml(Markdown.ToHtml(document, Pipeline));
        var title = heading?.Inline is null ? null : HtmlText.FromHtml(Markdown.ToHtml(Markdown.Parse(markdown.Substring(heading.Span.Start, heading.Span.Length), Pipeline), Pipeline));
        return (title, text);
    }
}

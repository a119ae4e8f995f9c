using System.Text;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Onboarding.Files;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Onboarding;

public sealed class FileTextExtractorTests
{
    private const string Article = """
        <html><head><title>Why we ship small</title></head><body>
        <nav><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a></nav>
        <article><h1>Why we ship small</h1>
        <p>Every Friday our team ships one small change that a customer asked for. It keeps us honest, because a small change is easy to check and easy to undo when it goes wrong.</p>
        <p>We learned this the hard way. Our first big release took four months and broke the invoice screen for a week, and nobody could say which of the forty changes was to blame.</p>
        <p>Since then we write the change, we show it to the customer, and we ship it. If you run a small team, try it for a month and tell me how it went.</p>
        </article>
        <footer>Copyright 2025 Smallship Ltd. All rights reserved. Privacy policy.</footer>
        </body></html>
        """;

    private static IFileTextExtractor Extractor(int? maxBytes = null) =>
        OnboardingTestHost.Build(false, s =>
        {
            if (maxBytes is not null)
            {
                s["Onboarding:MaxFileBytes"] = maxBytes.ToString();
            }
        }).GetRequiredService<IFileTextExtractor>();

    private static Task<CollectedText> Extract(string name, byte[] bytes, int? maxBytes = null) =>
        Extractor(maxBytes).ExtractAsync(name, new MemoryStream(bytes), CancellationToken.None);

    private static Task<CollectedText> Extract(string name, string text) => Extract(name, Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("notes.md")]
    [InlineData("NOTES.HTML")]
    [InlineData("notes.htm")]
    public async Task Text_markdown_and_html_files_are_accepted_with_provenance(string name)
    {
        var result = await Extract(name, "<p>I write short, plain posts about small teams.</p>");

        Assert.Equal(CollectedKinds.File, result.Kind);
        Assert.Equal(name, result.Source);
        Assert.Contains("I write short, plain posts about small teams.", result.Text, StringComparison.Ordinal);
        Assert.StartsWith("file-", result.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("resume.pdf")]
    [InlineData("post.docx")]
    [InlineData("README")]
    public async Task Other_file_types_are_refused_naming_the_accepted_types(string name)
    {
        var error = await Assert.ThrowsAsync<UnsupportedFileTypeException>(() => Extract(name, "hello there"));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(".txt, .md, .html, .htm", error.Message, StringComparison.Ordinal);
        Assert.Equal("unsupported-type", error.Code);
    }

    [Fact]
    public async Task Markdown_becomes_prose_without_markup_code_or_front_matter()
    {
        var markdown = "---\ntitle: draft\ntags: [x]\n---\n# Ship small\n\nSome **bold** words and a [link](https://example.com/x).\n\n```\nvar secret = 1;\n```\n\n- first point\n- second point\n";

        var result = await Extract("post.md", markdown);

        Assert.Equal("Ship small", result.Title);
        Assert.Contains("Some bold words and a link.", result.Text, StringComparison.Ordinal);
        Assert.Contains("first point", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("example.com", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("var secret", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tags:", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_file_keeps_the_article_and_drops_navigation_and_footer()
    {
        var result = await Extract("post.html", Article);

        Assert.Equal("Why we ship small", result.Title);
        Assert.Contains("Every Friday our team ships one small change", result.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Log in", result.Text, StringComparison.Ordinal);
        Assert.InRange(result.WordCount, 90, 130);
    }

    [Fact]
    public async Task Binary_content_is_refused_even_with_a_text_extension()
    {
        var binary = new byte[] { 0x48, 0x69, 0x00, 0x01, 0x02, 0xFF, 0x00, 0x10 };

        var error = await Assert.ThrowsAsync<OnboardingInputException>(() => Extract("notes.txt", binary));
        var pdf = await Assert.ThrowsAsync<OnboardingInputException>(() => Extract("notes.txt", "%PDF-1.7\n1 0 obj"));

        Assert.Equal("not-text", error.Code);
        Assert.Contains("cannot be read as text", error.Message, StringComparison.Ordinal);
        Assert.Contains("PDF", pdf.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf16_utf8_bom_and_legacy_latin1_files_are_decoded()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Crème brûlée every Sunday.")).ToArray();
        var utf8Bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Naïve café talk.")).ToArray();
        var latin1 = Encoding.Latin1.GetBytes("Our café opens at nine.");

        Assert.Equal("Crème brûlée every Sunday.", (await Extract("a.txt", utf16)).Text);
        Assert.Equal("Naïve café talk.", (await Extract("b.txt", utf8Bom)).Text);
        Assert.Equal("Our café opens at nine.", (await Extract("c.txt", latin1)).Text);
    }

    [Fact]
    public async Task File_over_the_size_limit_is_refused()
    {
        var error = await Assert.ThrowsAsync<OnboardingInputException>(() => Extract("long.txt", new byte[4096].Select(_ => (byte)'a').ToArray(), maxBytes: 1024));

        Assert.Equal("too-large", error.Code);
        Assert.Contains("larger than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_without_words_is_refused()
    {
        var error = await Assert.ThrowsAsync<OnboardingInputException>(() => Extract("empty.html", "<html><body><script>var a=1;</script></body></html>"));

        Assert.Equal("empty", error.Code);
    }
}

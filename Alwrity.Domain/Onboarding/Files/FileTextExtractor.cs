using Alwrity.Domain.Onboarding.Text;
using Microsoft.Extensions.Options;

namespace Alwrity.Domain.Onboarding.Files;

/// <summary>Reads an uploaded .txt, .md or .html file into a <see cref="CollectedText"/>, or says clearly why not.</summary>
public interface IFileTextExtractor
{
    /// <summary>File extensions accepted, with their dot (".txt", ".md", …).</summary>
    IReadOnlyList<string> AcceptedExtensions { get; }

    /// <exception cref="OnboardingInputException">Unsupported type, too large, not text, or no readable text.</exception>
    Task<CollectedText> ExtractAsync(string fileName, Stream content, CancellationToken ct);
}

/// <inheritdoc />
internal sealed class FileTextExtractor(IOptions<OnboardingOptions> options) : IFileTextExtractor
{
    private static readonly string[] Text = [".txt", ".text"];
    private static readonly string[] Markdown = [".md", ".markdown"];
    private static readonly string[] Html = [".html", ".htm"];

    public IReadOnlyList<string> AcceptedExtensions { get; } = [.. Text, .. Markdown, .. Html];

    public async Task<CollectedText> ExtractAsync(string fileName, Stream content, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName ?? string.Empty);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!AcceptedExtensions.Contains(extension))
        {
            throw new UnsupportedFileTypeException(name, [".txt", ".md", ".html", ".htm"]);
        }

        var bytes = await ReadLimitedAsync(name, content, options.Value.MaxFileBytes, ct);
        var decoded = TextDecoder.Decode(bytes, out var reason)
            ?? throw new OnboardingInputException("not-text", $"'{name}' cannot be read as text ({reason}). Upload a plain .txt, .md or .html file.");

        var (title, text) = extension switch
        {
            _ when Markdown.Contains(extension) => FromMarkdown(decoded),
            _ when Html.Contains(extension) => HtmlContent.Extract(decoded, new Uri("https://upload.invalid/" + Uri.EscapeDataString(name))),
            _ => (null, PlainText.Normalize(decoded)),
        };
        if (Words.Count(text) == 0)
        {
            throw new OnboardingInputException("empty", $"'{name}' has no readable text.");
        }

        return CollectedText.Create(CollectedKinds.File, string.IsNullOrWhiteSpace(title) ? Path.GetFileNameWithoutExtension(name) : title, name, text);
    }

    private static (string? Title, string Text) FromMarkdown(string markdown)
    {
        var (heading, text) = MarkdownText.Convert(markdown);
        return (heading, text);
    }

    private static async Task<byte[]> ReadLimitedAsync(string name, Stream content, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new OnboardingInputException("too-large", $"'{name}' is larger than {limit / 1024d / 1024d:0.#} MB, the most one file may have.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

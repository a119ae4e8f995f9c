using System.Text;
using Alwrity.Domain.Errors;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Onboarding.Files;
using Alwrity.Domain.Onboarding.Website;

namespace Alwrity.Domain.Personas.Generation;

/// <summary>
/// The Collect stage: pasted samples, files (as text, cleaned by type) and website pages become texts with
/// provenance. A failing website is reported in <see cref="CollectionResult.Problems"/> and does not sink the rest.
/// </summary>
public sealed class SourceCollector(IFileTextExtractor files, IWebsiteCollector websites)
{
    public sealed record CollectionResult(IReadOnlyList<CollectedText> Texts, IReadOnlyList<string> Problems);

    public async Task<CollectionResult> CollectAsync(GeneratePersonaRequest request, CancellationToken cancellationToken)
    {
        var texts = new List<CollectedText>();
        var problems = new List<string>();
        var n = 0;
        foreach (var sample in request.Samples ?? [])
        {
            n++;
            texts.Add(PastedText.Collect(sample.Text!, string.IsNullOrWhiteSpace(sample.Title) ? $"Sample {n}" : sample.Title));
        }

        foreach (var file in request.Files ?? [])
        {
            try
            {
                texts.Add(file.Extracted ? FromExtracted(file) : await ExtractAsync(file, cancellationToken));
            }
            catch (OnboardingInputException ex)
            {
                problems.Add($"{file.Name}: {ex.Message}");
            }
        }

        var readPages = (request.WebsiteTexts ?? []).Where(p => p.Url is not null && p.Text is not null).ToList();
        texts.AddRange(readPages.Select(FromRead));
        foreach (var url in request.WebsiteUrls ?? [])
        {
            if (readPages.Any(p => SameSite(p.Url!, url)))
            {
                continue; // its pages were read in the preview
            }

            try
            {
                var picked = request.WebsitePages?.Where(p => SameSite(p, url)).ToList();
                texts.AddRange(await websites.CollectAsync(url, picked is { Count: > 0 } ? picked : null, cancellationToken));
            }
            catch (OnboardingInputException ex)
            {
                problems.Add($"{url}: {ex.Message}");
            }
        }

        texts = texts.Where(t => t.WordCount > 0).DistinctBy(t => t.Id).ToList();
        if (texts.Count == 0)
        {
            throw new InputValidationException("samples", problems.Count > 0
                ? $"None of your sources gave usable text. {string.Join(" ", problems)}"
                : "None of your sources contained any words to analyse.");
        }

        return new CollectionResult(texts, problems);
    }

    private async Task<CollectedText> ExtractAsync(FileInput file, CancellationToken cancellationToken)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(file.Text!));
        return await files.ExtractAsync(file.Name ?? "upload.txt", stream, cancellationToken);
    }

    /// <summary>A page read before (the wizard's preview): kept as it is, with its address as its source.</summary>
    private static CollectedText FromRead(WebPageInput page)
    {
        var title = !string.IsNullOrWhiteSpace(page.Title) ? page.Title
            : Uri.TryCreate(page.Url, UriKind.Absolute, out var address) ? address.AbsolutePath : page.Url!;
        return CollectedText.Create(CollectedKinds.Web, title, page.Url, Onboarding.Text.PlainText.Normalize(page.Text!));
    }

    private static bool SameSite(string page, string site) =>
        Uri.TryCreate(page, UriKind.Absolute, out var p) && Uri.TryCreate(site, UriKind.Absolute, out var s)
        && string.Equals(p.GetLeftPart(UriPartial.Authority), s.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);

    /// <summary>A file whose text was extracted before (the wizard showed it): kept as it is, with the file as its source.</summary>
    private static CollectedText FromExtracted(FileInput file)
    {
        var name = Path.GetFileName(file.Name ?? "upload.txt");
        var title = string.IsNullOrWhiteSpace(file.Title) ? Path.GetFileNameWithoutExtension(name) : file.Title;
        return CollectedText.Create(CollectedKinds.File, title, name, Onboarding.Text.PlainText.Normalize(file.Text!));
    }
}

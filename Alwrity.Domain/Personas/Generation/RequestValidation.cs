using Alwrity.Domain.Errors;
using Alwrity.Domain.Platforms;

namespace Alwrity.Domain.Personas.Generation;

/// <summary>Checks a generation request before it is queued, so bad input is refused at once with field-level messages.</summary>
public static class RequestValidation
{
    public const int MaxSamples = 50;
    public const int MaxSampleChars = 200_000;
    public const int MaxWebsites = 3;

    public static GeneratePersonaRequest Normalize(GeneratePersonaRequest request, PlatformStrategies strategies, IReadOnlyList<string> fileTypes)
    {
        bool AcceptedFile(string? name) =>
            !string.IsNullOrWhiteSpace(name) && fileTypes.Contains(Path.GetExtension(name).ToLowerInvariant());

        var errors = new Dictionary<string, string[]>();
        var samples = (request.Samples ?? []).Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToList();
        var files = (request.Files ?? []).Where(f => !string.IsNullOrWhiteSpace(f.Text)).ToList();
        var urls = (request.WebsiteUrls ?? []).Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim()).Distinct().ToList();
        var pages = (request.WebsiteTexts ?? []).Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToList();
        if (samples.Count + files.Count + urls.Count + pages.Count == 0)
        {
            errors["samples"] = ["Add some of your own writing: paste samples, upload files or give your website's address."];
        }

        if (samples.Count + files.Count + pages.Count > MaxSamples)
        {
            errors["samples"] = [$"Send at most {MaxSamples} samples, files and web pages at once."];
        }

        if (samples.Any(s => s.Text!.Length > MaxSampleChars) || files.Any(f => f.Text!.Length > MaxSampleChars)
            || pages.Any(p => p.Text!.Length > MaxSampleChars))
        {
            errors["samples"] = [$"Each sample or file can hold up to {MaxSampleChars:N0} characters; split longer texts."];
        }

        var badFile = files.FirstOrDefault(f => !AcceptedFile(f.Name));
        if (badFile is not null)
        {
            errors["files"] = [$"'{badFile.Name}' can't be used: upload {string.Join(", ", fileTypes)} files (save other documents as text first)."];
        }

        var badPage = pages.FirstOrDefault(p => !IsWebAddress(p.Url));
        if (badPage is not null)
        {
            errors["websiteTexts"] = [$"'{badPage.Url}' is not a web address (each page read before needs the http:// or https:// address it came from)."];
        }

        var badUrl = urls.FirstOrDefault(u => !IsWebAddress(u));
        if (badUrl is not null)
        {
            errors["websiteUrls"] = [$"'{badUrl}' is not a web address (it must start with http:// or https://)."];
        }
        else if (urls.Count > MaxWebsites)
        {
            errors["websiteUrls"] = [$"Give at most {MaxWebsites} website addresses."];
        }

        var platforms = (request.Platforms is { Count: > 0 } p ? p : PlatformStrategies.Default)
            .Select(x => x.Trim().ToLowerInvariant()).Distinct().ToList();
        var unknown = platforms.Where(x => !strategies.TryGet(x, out _)).ToList();
        if (unknown.Count > 0)
        {
            errors["platforms"] = [$"Not supported yet: {string.Join(", ", unknown)}. Choose from: {string.Join(", ", strategies.Keys)}."];
        }

        var engine = Ai.AiEngines.Normalize(request.Engine);
        if (engine is null)
        {
            errors["engine"] = [$"'{request.Engine}' is not an engine. Choose one of: {string.Join(", ", Ai.AiEngines.All)}."];
        }

        if (errors.Count > 0)
        {
            throw new InputValidationException(errors);
        }

        return request with { Samples = samples, Files = files, WebsiteUrls = urls, WebsiteTexts = pages, Platforms = platforms, Engine = engine,
            Profile = request.Profile ?? Onboarding.ProfileAnswers.Empty };
    }

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}

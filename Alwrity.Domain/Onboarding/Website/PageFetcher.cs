using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace Alwrity.Domain.Onboarding.Website;

/// <summary>One fetched page: where it ended up (after redirects), its media type and decoded body.</summary>
public sealed record FetchedPage(Uri Url, string MediaType, string Body);

/// <summary>
/// Fetches one page through the guarded client: follows at most N redirects (checking each hop), enforces the
/// per-page time limit, refuses non-HTML/text content and stops reading past the size limit.
/// </summary>
internal sealed class PageFetcher(IHttpClientFactory clients, IOptions<OnboardingOptions> options)
{
    public const string HttpClientName = "Alwrity.Website";

    private static readonly HashSet<string> Readable = new(StringComparer.OrdinalIgnoreCase) { "text/html", "application/xhtml+xml", "text/plain" };

    private WebsiteOptions Settings => options.Value.Website;

    /// <exception cref="OnboardingInputException">Unsafe address, timeout, HTTP error, wrong type or too large.</exception>
    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(Settings.PageTimeoutSeconds));
        try
        {
            return await FollowAsync(url, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new OnboardingInputException("fetch-failed", $"{url} did not answer within {Settings.PageTimeoutSeconds:0.#} s.");
        }
        catch (HttpRequestException ex) when (ex.InnerException is UnsafeUrlException unsafeUrl)
        {
            throw new UnsafeUrlException(unsafeUrl.Message);
        }
        catch (HttpRequestException ex)
        {
            throw new OnboardingInputException("fetch-failed", $"{url} could not be fetched: {ex.Message}", ex);
        }
    }

    private async Task<FetchedPage> FollowAsync(Uri url, CancellationToken ct)
    {
        var client = clients.CreateClient(HttpClientName);
        for (var hop = 0; hop <= Settings.MaxRedirects; hop++)
        {
            UrlPolicy.Check(url, Settings.AllowLoopbackForTests);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.UserAgent.ParseAdd(Settings.UserAgent);
            request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, text/plain;q=0.8");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                continue;
            }

            return await ReadAsync(url, response, ct);
        }

        throw new OnboardingInputException("fetch-failed", $"{url} redirects more than {Settings.MaxRedirects} times.");
    }

    private async Task<FetchedPage> ReadAsync(Uri url, HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new OnboardingInputException("fetch-failed", $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        if (!Readable.Contains(mediaType))
        {
            var shown = mediaType.Length == 0 ? "no content type" : mediaType;
            throw new OnboardingInputException("not-text", $"{url} is not a web page ({shown}); only HTML and plain-text pages are read.");
        }

        var limit = Settings.MaxResponseBytes;
        if (response.Content.Headers.ContentLength > limit)
        {
            throw TooLarge(url, limit);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var bytes = await ReadLimitedAsync(stream, limit, ct) ?? throw TooLarge(url, limit);
        return new FetchedPage(url, mediaType, Decode(bytes, response.Content.Headers.ContentType));
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null; // stop reading: the rest is never downloaded
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Decode(byte[] bytes, MediaTypeHeaderValue? contentType)
    {
        Encoding encoding = new UTF8Encoding(false);
        if (contentType?.CharSet is { Length: > 0 } charset)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // Unknown charset name: UTF-8 is the web's default.
            }
        }

        var preamble = encoding.Preamble;
        var body = bytes.AsSpan().StartsWith(preamble) ? bytes.AsSpan(preamble.Length) : bytes;
        return encoding.GetString(body);
    }

    private static OnboardingInputException TooLarge(Uri url, int limit) =>
        new("too-large", $"{url} is larger than {limit / 1024d / 1024d:0.#} MB; Alwrity reads at most that much of a page.");

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}

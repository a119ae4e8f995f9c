using System.Net;

namespace Alwrity.Domain.Onboarding.Website;

/// <summary>Checks a URL before any request: http(s) only, no credentials, no literal private address or local name.</summary>
public static class UrlPolicy
{
    /// <summary>Parses what a user typed ("example.com/blog" gets https://) and checks it.</summary>
    /// <exception cref="UnsafeUrlException">Not a usable public http(s) URL.</exception>
    public static Uri ParseUserUrl(string input, bool allowLoopback)
    {
        var text = (input ?? string.Empty).Trim();
        if (text.Length == 0 || text.Length > 2048)
        {
            throw new UnsafeUrlException("Enter the address of your website, e.g. https://example.com.");
        }

        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw new UnsafeUrlException($"'{input}' is not a web address.");
        }

        Check(uri, allowLoopback);
        return uri;
    }

    /// <exception cref="UnsafeUrlException">The URL may not be fetched.</exception>
    public static void Check(Uri uri, bool allowLoopback)
    {
        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UnsafeUrlException($"Only http and https addresses can be fetched ('{uri}').");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new UnsafeUrlException("Addresses containing a user name or password are not accepted.");
        }

        var host = uri.Host.Trim('[', ']');
        if (IPAddress.TryParse(host, out var literal))
        {
            ThrowIfRefused(uri.Host, literal, allowLoopback);
        }
        else if (!allowLoopback && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)))
        {
            throw new UnsafeUrlException($"'{uri.Host}' is this server itself; Alwrity only fetches public websites.");
        }
    }

    internal static void ThrowIfRefused(string host, IPAddress address, bool allowLoopback)
    {
        var refusal = AddressPolicy.Refusal(address, allowLoopback);
        if (refusal is not null)
        {
            var via = host.Trim('[', ']') == address.ToString() ? $"{address}" : $"'{host}' ({address})";
            throw new UnsafeUrlException($"{via} is a {refusal} address; Alwrity only fetches public websites.");
        }
    }
}

using System.Net;
using System.Net.Sockets;

namespace Alwrity.Domain.Onboarding.Website;

/// <summary>
/// The socket handler of the website client. Its connect callback resolves the host itself, refuses forbidden
/// addresses and connects to exactly the addresses it checked, so DNS rebinding cannot slip a private address in.
/// Redirects are off (the fetcher follows them itself, re-checking each hop) and proxies are not used.
/// </summary>
internal static class GuardedConnection
{
    public static SocketsHttpHandler CreateHandler(WebsiteOptions options, IHostResolver resolver) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(options.PageTimeoutSeconds),
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        MaxResponseHeadersLength = 64,
        ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, options.AllowLoopbackForTests, resolver, ct),
    };

    internal static async ValueTask<Stream> ConnectAsync(DnsEndPoint target, bool allowLoopback, IHostResolver resolver, CancellationToken ct)
    {
        var host = target.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolver.ResolveAsync(host, ct);
        if (addresses.Length == 0)
        {
            throw new UnsafeUrlException($"'{host}' could not be found.");
        }

        foreach (var address in addresses)
        {
            UrlPolicy.ThrowIfRefused(host, address, allowLoopback);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, target.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

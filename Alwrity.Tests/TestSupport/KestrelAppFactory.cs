using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.TestSupport;

/// <summary>The app on a real Kestrel port on 127.0.0.1, for browser tests.</summary>
public sealed class KestrelAppFactory : AlwrityAppFactory
{
    private string? baseUrl;

    public KestrelAppFactory(TestDatabase? database = null, IDictionary<string, string?>? settings = null)
        : base(database, settings)
    {
        UseKestrel(0);
    }

    public string BaseUrl
    {
        get
        {
            if (baseUrl is null)
            {
                StartServer();
                var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
                baseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
            }

            return baseUrl;
        }
    }
}

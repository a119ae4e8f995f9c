using System.Net;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Onboarding.Website;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Onboarding;

/// <summary>Builds the onboarding services with test settings; DNS can be replaced by a fixed table.</summary>
internal static class OnboardingTestHost
{
    public static ServiceProvider Build(bool allowLoopback, Action<Dictionary<string, string?>>? tweak = null, IHostResolver? resolver = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Onboarding:Website:AllowLoopbackForTests"] = allowLoopback ? "true" : "false",
            ["Onboarding:Website:PageTimeoutSeconds"] = "3",
            ["Onboarding:Website:TotalTimeoutSeconds"] = "10",
        };
        tweak?.Invoke(settings);
        var services = new ServiceCollection().AddLogging();
        services.AddOnboarding(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        if (resolver is not null)
        {
            services.AddSingleton(resolver);
        }

        return services.BuildServiceProvider();
    }
}

/// <summary>A DNS stand-in: fixed answers, and a record of every name asked for. Unknown names resolve to nothing.</summary>
internal sealed class FixedResolver(Dictionary<string, IPAddress[]> table) : IHostResolver
{
    public List<string> Asked { get; } = [];

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        lock (Asked)
        {
            Asked.Add(host);
        }

        return Task.FromResult(table.TryGetValue(host, out var found) ? found : []);
    }
}

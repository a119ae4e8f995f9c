using Alwrity.Domain.Onboarding.Drafts;
using Alwrity.Domain.Onboarding.Files;
using Alwrity.Domain.Onboarding.Website;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Alwrity.Domain.Onboarding;

/// <summary>Registers onboarding collection.</summary>
public static class OnboardingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="OnboardingOptions"/> (section "Onboarding"), registers <see cref="IFileTextExtractor"/>,
    /// <see cref="IWebsiteCollector"/> and its guarded named HttpClient "Alwrity.Website" (no proxy, no automatic
    /// redirects, addresses checked at connect time), the wizard's <see cref="OnboardingDraftStore"/> and
    /// <see cref="RegenerationInputs"/>. Replace <see cref="IHostResolver"/> to control DNS in tests.
    /// </summary>
    public static IServiceCollection AddOnboarding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OnboardingOptions>().Bind(configuration.GetSection(OnboardingOptions.SectionName))
            .Validate(o => o.MaxFileBytes > 0 && o.Website.MaxResponseBytes > 0 && o.Website.PageTimeoutSeconds > 0
                           && o.Website.TotalTimeoutSeconds > 0 && o.Website.MaxRedirects >= 0,
                "Onboarding limits (MaxFileBytes, Website:MaxResponseBytes, timeouts) must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.TryAddSingleton<IFileTextExtractor, FileTextExtractor>();
        services.TryAddSingleton<PageFetcher>();
        services.TryAddSingleton<IWebsiteCollector, WebsiteCollector>();
        services.TryAddSingleton<OnboardingDraftStore>();
        services.TryAddSingleton<RegenerationInputs>();
        services.AddHttpClient(PageFetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedConnection.CreateHandler(
                sp.GetRequiredService<IOptions<OnboardingOptions>>().Value.Website, sp.GetRequiredService<IHostResolver>()));
        return services;
    }
}

using Alwrity.Domain.Platforms.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Domain.Platforms;

public static class PlatformsServiceCollectionExtensions
{
    /// <summary>Platform rules and every <see cref="IPlatformStrategy"/> in this assembly.</summary>
    public static IServiceCollection AddPlatforms(this IServiceCollection services)
    {
        services.AddSingleton(PlatformRulesCatalog.Default);
        foreach (var type in typeof(IPlatformStrategy).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPlatformStrategy).IsAssignableFrom(t)))
        {
            services.AddSingleton(typeof(IPlatformStrategy), type);
        }

        services.AddSingleton<PlatformStrategies>();
        return services;
    }
}

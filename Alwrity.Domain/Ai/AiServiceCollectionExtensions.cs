using Alwrity.Domain.Ai.Keys;
using Alwrity.Domain.Ai.Prompts;
using Alwrity.Domain.Ai.SemanticKernel;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Alwrity.Domain.Ai;

/// <summary>Registers the AI seam.</summary>
public static class AiServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="AiOptions"/> (section "Ai", checked at start), the resilient named HttpClient
    /// "Alwrity.Ai", <see cref="IStructuredModel"/>, <see cref="IModelProbe"/>, <see cref="IAiProviderResolver"/>,
    /// <see cref="IUserApiKeyStore"/>, <see cref="AiEngineCatalog"/>, <see cref="GeminiKeyRegistration"/> (needs <c>AddAlwrityData</c> and Data Protection, which this adds with
    /// defaults; persist its keys to the database in the composition root) and <see cref="PromptLibrary"/>.
    /// </summary>
    public static IServiceCollection AddAlwrityAi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AiOptions>().Bind(configuration.GetSection(AiOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AiOptions>, AiOptionsValidator>());

        services.AddHttpClient(SemanticKernelStructuredModel.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler()
            .Configure((pipeline, sp) => AiResilience.Apply(pipeline, sp.GetRequiredService<IOptions<AiOptions>>().Value))
            .SelectPipelineByAuthority();

        services.AddDataProtection();
        services.TryAddSingleton<PromptLibrary>();
        services.TryAddSingleton<IStructuredModel, SemanticKernelStructuredModel>();
        services.TryAddSingleton<IModelProbe, SemanticKernelModelProbe>();
        services.TryAddSingleton<IUserApiKeyStore, UserApiKeyStore>();
        services.TryAddSingleton<IAiProviderResolver, AiProviderResolver>();
        services.TryAddSingleton<AiEngineCatalog>();
        services.TryAddSingleton<GeminiKeyRegistration>();
        services.AddHostedService<AiStartupReport>();
        return services;
    }
}

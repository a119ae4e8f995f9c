using Alwrity.Domain.Personas.Generation;
using Alwrity.Domain.Personas.Generation.Local;
using Alwrity.Domain.Personas.Generation.Model;
using Alwrity.Domain.Personas.Jobs;
using Alwrity.Domain.Analysis.PlatformFit;
using Alwrity.Domain.Personas.Scoring;
using Alwrity.Domain.Personas.Store;
using Alwrity.Domain.Platforms.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Domain.Personas;

public static class PersonasServiceCollectionExtensions
{
    /// <summary>Persona generation (durable jobs, engines, scoring), platform optimisation and ownership checks.</summary>
    public static IServiceCollection AddPersonas(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GenerationJobOptions>().Bind(configuration.GetSection(GenerationJobOptions.SectionName))
            .Validate(o => o.LeaseDuration > o.HeartbeatInterval && o.MaxAttempts > 0 && o.Concurrency > 0,
                "Jobs: LeaseDuration must exceed HeartbeatInterval; MaxAttempts and Concurrency must be positive.")
            .ValidateOnStart();
        services.AddSingleton<JobNotifications>();
        services.AddSingleton<GenerationJobService>();
        services.AddSingleton<GenerationJobWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<GenerationJobWorker>());
        services.AddScoped<IPersonaGenerationPipeline, GenerationPipeline>();

        services.AddSingleton<SourceCollector>();
        services.AddSingleton<IVoiceAnalyzer, FingerprintVoiceAnalyzer>();
        services.AddSingleton<IPersonaRescorer, PersonaRescorer>();
        services.AddSingleton<PlatformFitChecker>(sp => new PlatformFitChecker(sp.GetRequiredService<PlatformRulesCatalog>()));
        services.AddSingleton<LocalCorePersonaEngine>();
        services.AddSingleton<ModelPersonaWriter>();
        services.AddSingleton<PersonaScorer>();
        services.AddSingleton<PersonaGenerator>();
        services.AddSingleton<GeneratedPersonaStore>();
        services.AddSingleton<PersonaOwnership>();
        services.AddSingleton<PlatformPersonaService>();
        services.AddSingleton<DraftChecker>();
        return services;
    }
}

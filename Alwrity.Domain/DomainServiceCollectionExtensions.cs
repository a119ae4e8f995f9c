using Alwrity.Domain.Accounts;
using Alwrity.Domain.Admin;
using Alwrity.Domain.Ai;
using Alwrity.Domain.Data;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Personas;
using Alwrity.Domain.Personas.Store;
using Alwrity.Domain.Platforms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>Everything the domain offers, one feature at a time.</summary>
    public static IServiceCollection AddAlwrityDomain(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(database);
        services.AddAlwrityData(database, dataDirectory);
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<AdminOverview>();
        services.AddAlwrityAi(configuration);
        services.AddOnboarding(configuration);
        services.AddPlatforms();
        services.AddPersonaStore();
        services.AddPersonas(configuration);
        return services;
    }
}

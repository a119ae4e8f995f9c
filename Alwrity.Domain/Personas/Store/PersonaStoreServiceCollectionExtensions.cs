using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alwrity.Domain.Personas.Store;

public static class PersonaStoreServiceCollectionExtensions
{
    /// <summary>
    /// The persona store: writer, reader, editor and exporter. Register your own <see cref="IPersonaRescorer"/>
    /// (before or after this call) to recompute quality after edits; the default keeps the previous scores.
    /// </summary>
    public static IServiceCollection AddPersonaStore(this IServiceCollection services)
    {
        services.AddSingleton<PersonaChangeNotifications>();
        services.AddSingleton<PersonaVersionWriter>();
        services.AddSingleton<PersonaSources>();
        services.AddSingleton<PersonaReader>();
        services.AddSingleton<PersonaEditor>();
        services.AddSingleton<PersonaExporter>();
        services.TryAddSingleton<IPersonaRescorer, KeepPreviousScores>();
        return services;
    }
}

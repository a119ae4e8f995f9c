using Alwrity.Web.Personas.State;

namespace Alwrity.Web.Personas;

public static class PersonaPagesServiceCollectionExtensions
{
    /// <summary>The persona pages: the per-circuit <see cref="PersonaState"/> and the generation starter they share with the API.</summary>
    public static IServiceCollection AddPersonaPages(this IServiceCollection services)
    {
        services.AddScoped<PersonaState>();
        services.AddScoped<Editing.PersonaEdits>();
        services.AddScoped<PersonaGenerationStarter>();
        return services;
    }
}

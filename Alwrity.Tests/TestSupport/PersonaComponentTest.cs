using System.Net.Http.Json;
using System.Security.Claims;
using Alwrity.Domain.Data;
using Alwrity.Domain.Personas;
using Alwrity.Domain.Personas.Jobs;
using Alwrity.Domain.Personas.Store;
using Alwrity.Web.Personas.Editing;
using Alwrity.Web.Personas.State;
using Alwrity.Web.Shell;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.TestSupport;

/// <summary>
/// bUnit with the real persona services of an in-memory app (its own SQLite database): personas are generated
/// through the API by a signed-up user, and components see that user as signed in.
/// </summary>
public abstract class PersonaComponentTest : MudComponentTest, IAsyncLifetime
{
    protected AlwrityAppFactory App { get; } = new();

    protected HttpClient Client { get; private set; } = null!;

    protected string UserId { get; private set; } = "";

    async Task IAsyncLifetime.InitializeAsync()
    {
        (Client, var email) = await App.NewSignedInUserAsync();
        UserId = (await (await Client.GetAsync("/api/me")).JsonAsync()).GetProperty("id").GetString()!;
        AddAuthorization().SetAuthorized(email).SetClaims(new Claim(ClaimTypes.NameIdentifier, UserId), new Claim(ClaimTypes.Email, email));
        foreach (var type in new[]
                 {
                     typeof(PersonaReader), typeof(PersonaEditor), typeof(PersonaSources), typeof(PersonaChangeNotifications),
                     typeof(JobNotifications), typeof(GenerationJobService), typeof(DraftChecker), typeof(PlatformPersonaService),
                     typeof(IDbContextFactory<AlwrityDbContext>),
                 })
        {
            Services.AddSingleton(type, App.Services.GetRequiredService(type));
        }

        Services.AddScoped<PersonaState>();
        Services.AddScoped<PersonaEdits>();
        Services.AddScoped<ThemePreferences>();
        SetRendererInfo(new RendererInfo("Server", true));
    }

    protected PersonaState State => Services.GetRequiredService<PersonaState>();

    /// <summary>Generates a persona on the local engine and returns its id.</summary>
    protected async Task<Guid> GenerateAsync(IEnumerable<(string Title, string Text)> samples, params string[] platforms)
    {
        var persona = await PersonaApi.GenerateAsync(Client, PersonaApi.Body(samples, platforms));
        return persona.GetProperty("personaId").GetGuid();
    }

    protected async Task RenameAsync(Guid personaId, string name)
    {
        var response = await Client.PatchAsJsonAsync($"/api/personas/{personaId}", new { overrides = new Dictionary<string, string> { ["identity.personaName"] = name } });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The persona as the dashboard holds it.</summary>
    protected async Task<PersonaContext> ContextAsync(Guid personaId) =>
        PersonaContext.From(await App.Services.GetRequiredService<PersonaReader>().GetAsync(new PersonaCaller(UserId), personaId, CancellationToken.None), isOwn: true);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await App.DisposeAsync();
    }
}

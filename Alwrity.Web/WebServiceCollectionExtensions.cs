using Alwrity.Web.Accounts;
using Alwrity.Web.Ai;
using Alwrity.Web.Analysis;
using Alwrity.Web.Infrastructure;
using Alwrity.Web.Onboarding;
using Alwrity.Web.Personas;
using Alwrity.Web.Shell;
using MudBlazor.Services;

namespace Alwrity.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>The web side: components, accounts, operations.</summary>
    public static IServiceCollection AddAlwrityWeb(this IServiceCollection services, IConfiguration configuration)
    {
        // Pasted writing samples are large: allow up to 2 MB per circuit message (the default 32 KB drops them).
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 2 * 1024 * 1024);
        services.AddMudServices();
        services.AddOnboardingWizard();
        services.AddScoped<ThemePreferences>();
        services.AddAccounts(configuration);
        services.AddOperations();
        services.AddGenerationRateLimits();
        services.AddPersonaPages();
        return services;
    }

    /// <summary>Middleware and endpoints in the order they must run.</summary>
    public static WebApplication UseAlwrityWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"),
            ui => ui.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseRouting();
        app.UseBodySizeLimits();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapOperations();
        app.MapAuthEndpoints();
        app.MapAccountEndpoints();
        app.MapGenerationEndpoints();
        app.MapPlatformEndpoints();
        app.MapPersonaEndpoints();
        app.MapAnalysisEndpoints();
        app.MapAiKeyEndpoints();
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        return app;
    }
}

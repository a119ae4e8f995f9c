namespace Alwrity.Web.Onboarding;

public static class OnboardingWizardServiceCollectionExtensions
{
    /// <summary>The onboarding wizard's per-circuit state and the autosave that keeps its draft.</summary>
    public static IServiceCollection AddOnboardingWizard(this IServiceCollection services) =>
        services.AddScoped<DraftAutosave>().AddScoped<OnboardingWizardState>();
}

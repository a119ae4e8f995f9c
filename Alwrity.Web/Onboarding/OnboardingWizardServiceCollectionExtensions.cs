namespace Alwrity.Web.Onboarding;

public static class OnboardingWizardServiceCollectionExtensions
{
    /// <summary>The onboarding wizard's per-circuit state (its inputs and their saved copy).</summary>
    public static IServiceCollection AddOnboardingWizard(this IServiceCollection services) =>
        services.AddScoped<OnboardingWizardState>();
}

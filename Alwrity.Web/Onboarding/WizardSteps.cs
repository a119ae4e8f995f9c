using Alwrity.Domain.Ai;

namespace Alwrity.Web.Onboarding;

/// <summary>The wizard's steps in order, and what keeps each one from being left.</summary>
public static class WizardSteps
{
    public const int Engine = 0;
    public const int Writing = 1;
    public const int Audience = 2;
    public const int Generate = 3;

    public static IReadOnlyList<string> Titles { get; } = ["AI engine", "Your writing", "Audience and goals", "Generate"];

    /// <summary>Why <paramref name="step"/> cannot be left yet, in words for the user; null when it can.</summary>
    public static string? Problem(int step, OnboardingForm form, AiEngineChoices choices) => step switch
    {
        Engine when !choices.CanUse(form.Engine) => form.Engine == AiEngines.UserKey
            ? "Test and save your Gemini key first, or choose another engine."
            : "This server has no AI model configured. Choose the local engine or your own Gemini key.",
        Writing when form.Words.Total == 0 =>
            "Add some of your own writing first: paste a sample, upload a file or read pages of your website.",
        Audience when !form.HasPlatform => "Choose at least one platform.",
        _ => null,
    };

    /// <summary>The first step before <paramref name="target"/> that is not complete, with its problem; null when all are.</summary>
    public static (int Step, string Problem)? FirstBlocked(int target, OnboardingForm form, AiEngineChoices choices)
    {
        for (var step = 0; step < Math.Min(target, Generate); step++)
        {
            if (Problem(step, form, choices) is { } problem)
            {
                return (step, problem);
            }
        }

        return null;
    }
}

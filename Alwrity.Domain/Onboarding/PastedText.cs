using Alwrity.Domain.Onboarding.Text;

namespace Alwrity.Domain.Onboarding;

/// <summary>Turns a pasted sample into a <see cref="CollectedText"/>, enforcing the size limit.</summary>
public static class PastedText
{
    /// <exception cref="OnboardingInputException">Empty or longer than <paramref name="maxChars"/>.</exception>
    public static CollectedText Collect(string text, string? title = null, int maxChars = 200_000)
    {
        if ((text ?? string.Empty).Length > maxChars)
        {
            throw new OnboardingInputException("too-large", $"A pasted sample may have at most {maxChars:N0} characters; split it into several samples.");
        }

        var clean = PlainText.Normalize(text ?? string.Empty);
        if (Words.Count(clean) == 0)
        {
            throw new OnboardingInputException("empty", "The pasted sample has no words in it.");
        }

        return CollectedText.Create(CollectedKinds.Pasted, title ?? Words.Excerpt(clean, 60), null, clean);
    }
}

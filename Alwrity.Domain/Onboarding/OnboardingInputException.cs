namespace Alwrity.Domain.Onboarding;

/// <summary>
/// Input the user gave cannot be used; <see cref="Exception.Message"/> says why in words meant for them and
/// <see cref="Code"/> classifies it (unsupported-type, too-large, not-text, empty, unsafe-url, fetch-failed).
/// </summary>
public class OnboardingInputException : Exception
{
    public OnboardingInputException()
        : this("invalid-input", "The input cannot be used.")
    {
    }

    public OnboardingInputException(string message)
        : this("invalid-input", message)
    {
    }

    public OnboardingInputException(string message, Exception innerException)
        : base(message, innerException) => Code = "invalid-input";

    public OnboardingInputException(string code, string message, Exception? innerException = null)
        : base(message, innerException) => Code = code;

    public string Code { get; }
}

/// <summary>An uploaded file of a type we do not read; the message names the accepted types.</summary>
public sealed class UnsupportedFileTypeException(string fileName, IEnumerable<string> accepted)
    : OnboardingInputException("unsupported-type",
        $"'{fileName}' cannot be used: only {string.Join(", ", accepted)} files are accepted. Save it in one of these formats and upload again.");

/// <summary>A URL we refuse to fetch (not http/https, credentials, private or local address).</summary>
public sealed class UnsafeUrlException(string message) : OnboardingInputException("unsafe-url", message);

using Microsoft.Extensions.Options;

namespace Alwrity.Domain.Ai;

/// <summary>
/// Refuses settings the app cannot run with (unknown provider, malformed URLs, impossible timeouts).
/// A provider that is merely incomplete (Gemini without a key) is not an error: the app runs on the local
/// engine and says so at start (see <see cref="AiStartupReport"/>).
/// </summary>
internal sealed class AiOptionsValidator : IValidateOptions<AiOptions>
{
    public ValidateOptionsResult Validate(string? name, AiOptions options)
    {
        var errors = new List<string>();
        if (!AiProviders.IsKnown(options.Provider))
        {
            errors.Add($"Ai:Provider '{options.Provider}' is not known. Use '{AiProviders.Local}', '{AiProviders.Gemini}' or '{AiProviders.OpenAICompatible}'.");
        }

        CheckUrl(errors, "Ai:Gemini:Endpoint", options.Gemini.Endpoint, required: true);
        CheckUrl(errors, "Ai:OpenAICompatible:Endpoint", options.OpenAICompatible.Endpoint, required: false);
        if (string.IsNullOrWhiteSpace(options.Gemini.Model))
        {
            errors.Add("Ai:Gemini:Model is empty. Set a current model id, e.g. gemini-2.5-flash-lite.");
        }

        CheckTimeouts(errors, options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckTimeouts(List<string> errors, AiOptions options)
    {
        if (options.TimeoutSeconds is <= 0 or > 600)
        {
            errors.Add($"Ai:TimeoutSeconds must be between 0 and 600 (was {options.TimeoutSeconds}).");
        }

        if (options.TotalTimeoutSeconds <= options.TimeoutSeconds)
        {
            errors.Add($"Ai:TotalTimeoutSeconds ({options.TotalTimeoutSeconds}) must be greater than Ai:TimeoutSeconds ({options.TimeoutSeconds}).");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            errors.Add($"Ai:MaxRetries must be between 0 and 10 (was {options.MaxRetries}).");
        }

        if (options.RetryBaseDelaySeconds is <= 0 or > 60)
        {
            errors.Add($"Ai:RetryBaseDelaySeconds must be between 0 and 60 (was {options.RetryBaseDelaySeconds}).");
        }

        var breaker = options.CircuitBreaker;
        if (breaker.FailureRatio is <= 0 or > 1 || breaker.MinimumThroughput < 2 || breaker.BreakSeconds <= 0)
        {
            errors.Add("Ai:CircuitBreaker needs FailureRatio in (0, 1], MinimumThroughput ≥ 2 and BreakSeconds > 0.");
        }
    }

    private static void CheckUrl(List<string> errors, string key, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add($"{key} is empty.");
            }

            return;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{key} '{value}' is not an absolute http(s) URL.");
        }
    }
}

namespace Alwrity.Domain.Ai;

/// <summary>Settings of the AI seam, bound from the "Ai" configuration section.</summary>
public sealed class AiOptions
{
    public const string SectionName = "Ai";

    /// <summary><c>Local</c> (default, no network), <c>Gemini</c> or <c>OpenAICompatible</c>.</summary>
    public string Provider { get; set; } = AiProviders.Local;

    public GeminiSettings Gemini { get; set; } = new();

    public OpenAICompatibleSettings OpenAICompatible { get; set; } = new();

    /// <summary>Time limit of one HTTP attempt at the model, in seconds.</summary>
    public double TimeoutSeconds { get; set; } = 60;

    /// <summary>Time limit of one model call including its retries, in seconds.</summary>
    public double TotalTimeoutSeconds { get; set; } = 150;

    /// <summary>Retries of one HTTP call on 408/429/5xx and network errors (Retry-After is honoured).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>First retry delay in seconds when the provider sends no Retry-After (exponential, with jitter).</summary>
    public double RetryBaseDelaySeconds { get; set; } = 2;

    public CircuitBreakerSettings CircuitBreaker { get; set; } = new();

    /// <summary>Sampling temperature sent with structured calls; null leaves the provider's default.</summary>
    public double? Temperature { get; set; } = 0.4;
}

/// <summary>Google Gemini through its OpenAI-compatible endpoint.</summary>
public sealed class GeminiSettings
{
    public const string DefaultEndpoint = "https://generativelanguage.googleapis.com/v1beta/openai/";
    public const string DefaultModel = "gemini-2.5-flash-lite";

    public string? ApiKey { get; set; }

    /// <summary>Model id; Google retires models often, so this is a setting.</summary>
    public string Model { get; set; } = DefaultModel;

    public string Endpoint { get; set; } = DefaultEndpoint;
}

/// <summary>Any OpenAI-compatible endpoint: Ollama, vLLM, OpenAI, Azure OpenAI's v1 endpoint.</summary>
public sealed class OpenAICompatibleSettings
{
    /// <summary>Base URL, e.g. http://localhost:11434/v1/ (requests go to {Endpoint}/chat/completions).</summary>
    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    /// <summary>Optional; a local Ollama needs none.</summary>
    public string? ApiKey { get; set; }
}

/// <summary>When repeated failures pause calls to a provider.</summary>
public sealed class CircuitBreakerSettings
{
    /// <summary>Share of failed calls within the sampling window that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in the window before the ratio is judged.</summary>
    public int MinimumThroughput { get; set; } = 8;

    /// <summary>How long calls are refused once the circuit opens, in seconds.</summary>
    public double BreakSeconds { get; set; } = 30;
}

/// <summary>Provider names as written in configuration and in call records.</summary>
public static class AiProviders
{
    public const string Local = "Local";
    public const string Gemini = "Gemini";
    public const string OpenAICompatible = "OpenAICompatible";

    public static bool IsKnown(string? name) =>
        string.Equals(name, Local, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, Gemini, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, OpenAICompatible, StringComparison.OrdinalIgnoreCase);

    /// <summary>The canonical spelling of a known provider name.</summary>
    public static string Canonical(string? name) =>
        string.Equals(name, Gemini, StringComparison.OrdinalIgnoreCase) ? Gemini
        : string.Equals(name, OpenAICompatible, StringComparison.OrdinalIgnoreCase) ? OpenAICompatible
        : Local;
}

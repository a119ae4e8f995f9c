namespace Alwrity.Domain.Ai;

/// <summary>
/// A user's own provider key, used instead of the server's configuration for that user's calls.
/// Its text form never shows the key, so it is safe in logs and exception messages.
/// </summary>
public sealed record AiCredentials
{
    public AiCredentials(string provider, string apiKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        Provider = AiProviders.Canonical(provider);
        if (Provider != AiProviders.Gemini)
        {
            throw new ArgumentException("Only Gemini keys can be supplied per user.", nameof(provider));
        }

        ApiKey = apiKey.Trim();
    }

    /// <summary>Currently always <see cref="AiProviders.Gemini"/>.</summary>
    public string Provider { get; }

    /// <summary>The secret. Never log it, never put it into a prompt or a record.</summary>
    public string ApiKey { get; }

    /// <summary>The last four characters, for showing which key is stored.</summary>
    public string Hint => ApiKey.Length <= 4 ? "…" : "…" + ApiKey[^4..];

    public static AiCredentials ForGemini(string apiKey) => new(AiProviders.Gemini, apiKey);

    public override string ToString() => $"AiCredentials {{ Provider = {Provider}, Key = {Hint} }}";
}

namespace Alwrity.Domain.Ai;

/// <summary>A concrete model to call: provider, base URL, model id and (optional) key. Its text form hides the key.</summary>
public sealed record ModelEndpoint(string Provider, Uri BaseUrl, string Model, string? ApiKey)
{
    public override string ToString() => $"ModelEndpoint {{ Provider = {Provider}, BaseUrl = {BaseUrl}, Model = {Model} }}";
}

/// <summary>Works out which endpoint serves a call: the user's key first, then the server's provider, else none (Local).</summary>
internal static class ModelEndpoints
{
    public static ModelEndpoint? For(AiOptions options, AiCredentials? credentials)
    {
        if (credentials is not null)
        {
            return Gemini(options.Gemini, credentials.ApiKey);
        }

        return Server(options, out _);
    }

    /// <summary>The server's own endpoint, or null with the reason when it is Local or incomplete.</summary>
    public static ModelEndpoint? Server(AiOptions options, out string? notice)
    {
        notice = null;
        switch (AiProviders.Canonical(options.Provider))
        {
            case AiProviders.Gemini when string.IsNullOrWhiteSpace(options.Gemini.ApiKey):
                notice = "Ai:Provider is Gemini but Ai:Gemini:ApiKey is empty; the local engine is used until a key is set.";
                return null;
            case AiProviders.Gemini:
                return Gemini(options.Gemini, options.Gemini.ApiKey!);
            case AiProviders.OpenAICompatible when string.IsNullOrWhiteSpace(options.OpenAICompatible.Endpoint)
                                               || string.IsNullOrWhiteSpace(options.OpenAICompatible.Model):
                notice = "Ai:Provider is OpenAICompatible but Ai:OpenAICompatible:Endpoint or :Model is empty; the local engine is used.";
                return null;
            case AiProviders.OpenAICompatible:
                var compatible = options.OpenAICompatible;
                return new ModelEndpoint(AiProviders.OpenAICompatible, BaseUrl(compatible.Endpoint!), compatible.Model!.Trim(),
                    string.IsNullOrWhiteSpace(compatible.ApiKey) ? null : compatible.ApiKey.Trim());
            default:
                return null;
        }
    }

    private static ModelEndpoint Gemini(GeminiSettings gemini, string key) =>
        new(AiProviders.Gemini, BaseUrl(gemini.Endpoint), gemini.Model.Trim(), key.Trim());

    /// <summary>Ensures a trailing slash so relative paths append to the base path instead of replacing it.</summary>
    internal static Uri BaseUrl(string endpoint)
    {
        var text = endpoint.Trim();
        return new Uri(text.EndsWith('/') ? text : text + "/", UriKind.Absolute);
    }
}

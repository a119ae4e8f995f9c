using Alwrity.Domain.Ai.Keys;
using Alwrity.Domain.Errors;
using Microsoft.Extensions.Options;

namespace Alwrity.Domain.Ai;

/// <summary>Default <see cref="IAiProviderResolver"/>: automatic is stored user key → server provider → Local; a chosen engine is used or refused.</summary>
internal sealed class AiProviderResolver(IUserApiKeyStore keys, IOptionsMonitor<AiOptions> options) : IAiProviderResolver
{
    public Task<AiProviderSelection> ResolveAsync(string? userId, CancellationToken ct) => ResolveAsync(userId, AiEngines.Auto, ct);

    public async Task<AiProviderSelection> ResolveAsync(string? userId, string? engine, CancellationToken ct)
    {
        switch (AiEngines.Normalize(engine))
        {
            case AiEngines.Local:
                return AiProviderSelection.Local(null);
            case AiEngines.Server:
                return Server(out _) ?? throw Unavailable("The server has no AI model configured. Choose the local engine or your own Gemini key.");
            case AiEngines.UserKey:
                return await UserKeyAsync(userId, ct)
                    ?? throw Unavailable("You chose your own Gemini key, but no key is saved (or it can no longer be read). Save the key again or choose the local engine.");
            case AiEngines.Auto:
                return await UserKeyAsync(userId, ct) ?? Server(out var notice) ?? AiProviderSelection.Local(notice);
            default:
                throw Unavailable($"'{engine}' is not an engine. Choose one of: {string.Join(", ", AiEngines.All)}.");
        }
    }

    private async Task<AiProviderSelection?> UserKeyAsync(string? userId, CancellationToken ct)
    {
        var key = string.IsNullOrEmpty(userId) ? null : await keys.GetGeminiKeyAsync(userId, ct);
        return string.IsNullOrWhiteSpace(key)
            ? null
            : new AiProviderSelection(AiProviders.Gemini, options.CurrentValue.Gemini.Model, "user-key", AiCredentials.ForGemini(key), null);
    }

    /// <param name="notice">Why the server's model is not used, when it is configured badly; null otherwise.</param>
    private AiProviderSelection? Server(out string? notice)
    {
        var server = ModelEndpoints.Server(options.CurrentValue, out notice);
        return server is null ? null : new AiProviderSelection(server.Provider, server.Model, "server", null, null);
    }

    private static InputValidationException Unavailable(string message) => new("engine", message);
}

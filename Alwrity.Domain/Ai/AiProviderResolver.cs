using Alwrity.Domain.Ai.Keys;
using Microsoft.Extensions.Options;

namespace Alwrity.Domain.Ai;

/// <summary>Default <see cref="IAiProviderResolver"/>: stored user key → server provider → Local.</summary>
internal sealed class AiProviderResolver(IUserApiKeyStore keys, IOptionsMonitor<AiOptions> options) : IAiProviderResolver
{
    public async Task<AiProviderSelection> ResolveAsync(string? userId, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        if (!string.IsNullOrEmpty(userId))
        {
            var key = await keys.GetGeminiKeyAsync(userId, ct);
            if (!string.IsNullOrWhiteSpace(key))
            {
                return new AiProviderSelection(AiProviders.Gemini, settings.Gemini.Model, "user-key", AiCredentials.ForGemini(key), null);
            }
        }

        var server = ModelEndpoints.Server(settings, out var notice);
        return server is null
            ? AiProviderSelection.Local(notice)
            : new AiProviderSelection(server.Provider, server.Model, "server", null, null);
    }
}

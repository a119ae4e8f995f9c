using Alwrity.Domain.Ai.Keys;
using Microsoft.Extensions.Options;

namespace Alwrity.Domain.Ai;

/// <summary>What a person can pick from: the server's model when one is configured, and their stored key's hint.</summary>
/// <param name="ServerModel">Null when the server runs on the local engine only (or its model is incomplete).</param>
public sealed record AiEngineChoices(ServerModelInfo? ServerModel, StoredApiKeyInfo? StoredKey)
{
    /// <summary>The choice to start from: their key when saved, else the server's model, else local.</summary>
    public string Suggested => StoredKey is not null ? AiEngines.UserKey : ServerModel is not null ? AiEngines.Server : AiEngines.Local;

    /// <summary>Whether <paramref name="engine"/> can be used right now (auto always can).</summary>
    public bool CanUse(string? engine) => AiEngines.Normalize(engine) switch
    {
        AiEngines.Server => ServerModel is not null,
        AiEngines.UserKey => StoredKey is not null,
        null => false,
        _ => true,
    };
}

/// <summary>The server's configured model, named for people ("Gemini", "gemini-2.5-flash-lite").</summary>
public sealed record ServerModelInfo(string Provider, string Model);

/// <summary>Reads <see cref="AiEngineChoices"/> for a user; never exposes a key.</summary>
public sealed class AiEngineCatalog(IUserApiKeyStore keys, IOptionsMonitor<AiOptions> options)
{
    public async Task<AiEngineChoices> DescribeAsync(string userId, CancellationToken ct)
    {
        var server = ModelEndpoints.Server(options.CurrentValue, out _);
        var stored = await keys.DescribeAsync(userId, ct);
        return new AiEngineChoices(server is null ? null : new ServerModelInfo(server.Provider, server.Model), stored);
    }
}

namespace Alwrity.Domain.Ai.Keys;

/// <summary>A user's own Gemini key, stored encrypted. Implementations never log the key.</summary>
public interface IUserApiKeyStore
{
    /// <summary>The decrypted key, or null when none is stored (or it can no longer be decrypted).</summary>
    Task<string?> GetGeminiKeyAsync(string userId, CancellationToken ct);

    /// <summary>Stores or replaces the user's Gemini key.</summary>
    Task SaveGeminiKeyAsync(string userId, string key, CancellationToken ct);

    /// <summary>What is stored, without the secret: provider, last four characters, when; null when nothing is.</summary>
    Task<StoredApiKeyInfo?> DescribeAsync(string userId, CancellationToken ct);

    /// <summary>Removes the user's stored keys; true when one was removed.</summary>
    Task<bool> DeleteAsync(string userId, CancellationToken ct);
}

/// <summary>A stored key as the UI may show it.</summary>
public sealed record StoredApiKeyInfo(string Provider, string? Hint, DateTime CreatedUtc);

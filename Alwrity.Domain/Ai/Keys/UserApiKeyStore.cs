using System.Security.Cryptography;
using Alwrity.Domain.Accounts;
using Alwrity.Domain.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Alwrity.Domain.Ai.Keys;

/// <summary>
/// <see cref="IUserApiKeyStore"/> over the <c>user_api_keys</c> table, encrypting with Data Protection
/// (purpose "Alwrity.UserApiKeys.v1"). Logs name the user, never the key.
/// </summary>
internal sealed class UserApiKeyStore(
    IDbContextFactory<AlwrityDbContext> contexts,
    IDataProtectionProvider protection,
    ILogger<UserApiKeyStore> logger) : IUserApiKeyStore
{
    public const string Purpose = "Alwrity.UserApiKeys.v1";
    private const int MaxKeyLength = 512;

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

    public async Task<string?> GetGeminiKeyAsync(string userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.UserApiKeys.AsNoTracking()
            .FirstOrDefaultAsync(k => k.UserId == userId && k.Provider == AiProviders.Gemini, ct);
        if (row is null)
        {
            return null;
        }

        try
        {
            return protector.Unprotect(row.ProtectedKey);
        }
        catch (CryptographicException)
        {
            logger.LogWarning("The stored Gemini key of user {UserId} cannot be decrypted (Data Protection keys changed?); ignoring it.", userId);
            return null;
        }
    }

    public async Task SaveGeminiKeyAsync(string userId, string key, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var clean = (key ?? string.Empty).Trim();
        if (clean.Length is 0 or > MaxKeyLength || clean.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException("The API key is empty, too long or contains spaces.", nameof(key));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.UserApiKeys.FirstOrDefaultAsync(k => k.UserId == userId && k.Provider == AiProviders.Gemini, ct);
        if (row is null)
        {
            row = new UserApiKey { UserId = userId, Provider = AiProviders.Gemini, ProtectedKey = string.Empty };
            db.UserApiKeys.Add(row);
        }

        row.ProtectedKey = protector.Protect(clean);
        row.Hint = AiCredentials.ForGemini(clean).Hint;
        row.CreatedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Stored a Gemini key for user {UserId}.", userId);
    }

    public async Task<StoredApiKeyInfo?> DescribeAsync(string userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.UserApiKeys.AsNoTracking()
            .Where(k => k.UserId == userId && k.Provider == AiProviders.Gemini)
            .Select(k => new StoredApiKeyInfo(k.Provider, k.Hint, k.CreatedUtc))
            .FirstOrDefaultAsync(ct);
    }

    public async Task<bool> DeleteAsync(string userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var removed = await db.UserApiKeys.Where(k => k.UserId == userId).ExecuteDeleteAsync(ct);
        if (removed > 0)
        {
            logger.LogInformation("Removed the stored API key(s) of user {UserId}.", userId);
        }

        return removed > 0;
    }
}

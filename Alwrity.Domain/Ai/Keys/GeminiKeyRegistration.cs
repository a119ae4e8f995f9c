using Alwrity.Domain.Errors;

namespace Alwrity.Domain.Ai.Keys;

/// <summary>Saves a user's Gemini key only after a tiny test call worked; the one place this rule lives (API and wizard).</summary>
public sealed class GeminiKeyRegistration(IModelProbe probe, IUserApiKeyStore keys)
{
    /// <summary>Whether the key was saved, and a sentence saying what happened (the provider's reason when it failed).</summary>
    public sealed record Result(bool Saved, string Message, string? Model, long LatencyMs);

    /// <exception cref="InputValidationException">The text cannot be a Gemini key (field "apiKey"); nothing was called.</exception>
    public async Task<Result> TestAndSaveAsync(string userId, string? apiKey, CancellationToken ct)
    {
        var key = apiKey?.Trim();
        if (string.IsNullOrEmpty(key) || key.Length < 20 || key.Length > 200 || key.Any(char.IsWhiteSpace))
        {
            throw new InputValidationException("apiKey", "Paste the whole Gemini API key (it has no spaces and is usually 39 characters).");
        }

        var check = await probe.ProbeAsync(AiCredentials.ForGemini(key), ct);
        if (!check.Ok)
        {
            return new Result(false, $"{check.Message} Nothing was saved; you can keep using the local engine.", check.Model, check.LatencyMs);
        }

        await keys.SaveGeminiKeyAsync(userId, key, ct);
        return new Result(true, check.Message, check.Model, check.LatencyMs);
    }
}

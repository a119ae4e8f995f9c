namespace Alwrity.Domain.Ai;

/// <summary>Says which provider and model serve a user: their own Gemini key, else the server's provider, else Local.</summary>
public interface IAiProviderResolver
{
    /// <summary>The automatic choice (<see cref="AiEngines.Auto"/>).</summary>
    Task<AiProviderSelection> ResolveAsync(string? userId, CancellationToken ct);

    /// <summary>The engine the user chose (see <see cref="AiEngines"/>; blank means automatic).</summary>
    /// <exception cref="Errors.InputValidationException">The chosen engine cannot be used: unknown, no server model, or no stored key.</exception>
    Task<AiProviderSelection> ResolveAsync(string? userId, string? engine, CancellationToken ct);
}

/// <summary>
/// The provider chosen for a user. When <see cref="IsLocal"/>, callers use the local engine; otherwise they pass
/// <see cref="Credentials"/> on to <see cref="ModelRequest.Credentials"/>.
/// </summary>
/// <param name="Source">"user-key", "server" or "local".</param>
/// <param name="Notice">Why a configured provider is not used (e.g. Gemini selected without a key), else null.</param>
public sealed record AiProviderSelection(string Provider, string? Model, string Source, AiCredentials? Credentials, string? Notice)
{
    public bool IsLocal => Provider == AiProviders.Local;

    public static AiProviderSelection Local(string? notice) => new(AiProviders.Local, null, "local", null, notice);
}

namespace Alwrity.Domain.Accounts;

/// <summary>
/// A generated secret the app needs across restarts and instances (table <c>signing_keys</c>),
/// e.g. the JWT signing key when none is configured. Stored protected with Data Protection.
/// </summary>
public sealed class SigningKey
{
    public required string Purpose { get; set; }
    public required string ProtectedValue { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
}

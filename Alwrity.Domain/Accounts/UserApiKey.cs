namespace Alwrity.Domain.Accounts;

/// <summary>
/// A user's own AI provider key (table <c>user_api_keys</c>), encrypted with Data Protection.
/// Only the last four characters are kept in clear, to show which key is stored.
/// </summary>
public sealed class UserApiKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string UserId { get; set; }
    public required string Provider { get; set; }
    public required string ProtectedKey { get; set; }
    public string? Hint { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
}

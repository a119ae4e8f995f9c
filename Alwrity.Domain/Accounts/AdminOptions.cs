namespace Alwrity.Domain.Accounts;

/// <summary>The first administrator, created at start-up when missing (section "Admin").</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    public string Email { get; set; } = "admin@alwrity.local";

    /// <summary>When empty, a strong password is generated and printed once at start-up.</summary>
    public string? Password { get; set; }
}

using Microsoft.AspNetCore.Identity;

namespace Alwrity.Domain.Accounts;

/// <summary>A person who signs in to Alwrity. Identity owns the credentials; we add preferences.</summary>
public sealed class ApplicationUser : IdentityUser
{
    /// <summary>"light", "dark" or "system"; remembered across devices.</summary>
    public string ThemePreference { get; set; } = "system";

    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
}

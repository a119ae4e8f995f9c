namespace Alwrity.Web.Accounts;

/// <summary>Bearer tokens for API clients (section "Jwt").</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    public string Issuer { get; set; } = "alwrity";
    public string Audience { get; set; } = "alwrity-api";

    /// <summary>At least 32 characters. When empty, a key is generated on first start and kept (protected) in the database.</summary>
    public string? SigningKey { get; set; }

    public int LifetimeMinutes { get; set; } = 60;
}

using System.Security.Claims;
using Alwrity.Domain.Accounts;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Alwrity.Web.Accounts;

/// <summary>Issues signed bearer tokens carrying the user's id, email and roles.</summary>
public sealed class JwtTokenIssuer(IOptions<JwtOptions> options, JwtSigningKeyProvider keys, TimeProvider clock)
{
    public TokenResponse Issue(ApplicationUser user, IEnumerable<string> roles, TimeSpan? lifetime = null)
    {
        var settings = options.Value;
        var span = lifetime ?? TimeSpan.FromMinutes(settings.LifetimeMinutes);
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id),
            new(JwtRegisteredClaimNames.Email, user.Email ?? ""),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        claims.AddRange(roles.Select(r => new Claim(AuthClaims.Role, r)));

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = span < TimeSpan.Zero ? now + span - TimeSpan.FromMinutes(1) : now,
            IssuedAt = span < TimeSpan.Zero ? now + span - TimeSpan.FromMinutes(1) : now,
            Expires = now + span,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        };
        var token = new JsonWebTokenHandler().CreateToken(descriptor);
        return new TokenResponse(token, "Bearer", (int)Math.Max(0, span.TotalSeconds));
    }
}

/// <summary>The token endpoint's answer.</summary>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

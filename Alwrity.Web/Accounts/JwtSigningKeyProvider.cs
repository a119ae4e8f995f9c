using System.Security.Cryptography;
using System.Text;
using Alwrity.Domain.Accounts;
using Alwrity.Domain.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Alwrity.Web.Accounts;

/// <summary>
/// The key that signs API tokens: from configuration when set, otherwise generated once and persisted
/// (protected with Data Protection) in the database so every instance and every restart agrees on it.
/// </summary>
public sealed class JwtSigningKeyProvider(
    IOptions<JwtOptions> options,
    IDbContextFactory<AlwrityDbContext> dbFactory,
    IDataProtectionProvider dataProtection)
{
    private const string Purpose = "jwt-signing-key";
    private SymmetricSecurityKey? key;

    public SymmetricSecurityKey Key => key ?? throw new InvalidOperationException("The JWT signing key is not loaded yet.");

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.SigningKey;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (configured.Length < 32)
            {
                throw new InvalidOperationException("Jwt:SigningKey must be at least 32 characters long.");
            }

            key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configured));
            return;
        }

        var protector = dataProtection.CreateProtector("Alwrity.SigningKeys.v1");
        key = new SymmetricSecurityKey(await LoadOrCreateAsync(protector, cancellationToken));
    }

    private async Task<byte[]> LoadOrCreateAsync(IDataProtector protector, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.SigningKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Purpose == Purpose, cancellationToken);
        if (stored is not null)
        {
            return Convert.FromBase64String(protector.Unprotect(stored.ProtectedValue));
        }

        var fresh = RandomNumberGenerator.GetBytes(64);
        db.SigningKeys.Add(new SigningKey { Purpose = Purpose, ProtectedValue = protector.Protect(Convert.ToBase64String(fresh)) });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return fresh;
        }
        catch (DbUpdateException)
        {
            // Another instance created it first: use theirs.
            await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
            var winner = await again.SigningKeys.AsNoTracking().FirstAsync(k => k.Purpose == Purpose, cancellationToken);
            return Convert.FromBase64String(protector.Unprotect(winner.ProtectedValue));
        }
    }
}

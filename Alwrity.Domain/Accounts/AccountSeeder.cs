using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Alwrity.Domain.Accounts;

/// <summary>Makes sure the roles exist and that there is a first administrator.</summary>
public sealed class AccountSeeder(
    RoleManager<IdentityRole> roles,
    UserManager<ApplicationUser> users,
    ILogger<AccountSeeder> logger)
{
    public async Task SeedAsync(AdminOptions admin, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (string.IsNullOrWhiteSpace(admin.Email) || await users.FindByEmailAsync(admin.Email) is not null)
        {
            return;
        }

        var generated = string.IsNullOrEmpty(admin.Password);
        var password = generated ? GeneratePassword() : admin.Password!;
        var user = new ApplicationUser { UserName = admin.Email, Email = admin.Email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            logger.LogError("Could not create the first admin {Email}: {Errors}", admin.Email,
                string.Join("; ", result.Errors.Select(e => e.Description)));
            return;
        }

        await users.AddToRolesAsync(user, [Roles.Admin, Roles.Marketer]);
        if (generated)
        {
            // Printed once, on the start-up that created the account; it is not stored anywhere in clear.
            Console.WriteLine($"Alwrity: created the first admin '{admin.Email}' with the generated password: {password}");
            Console.WriteLine("Alwrity: sign in and change it under Account > Change password, or set Admin:Password before first start.");
        }
        else
        {
            logger.LogInformation("Created the first admin {Email} from configuration", admin.Email);
        }
    }

    private static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = new char[20];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        // Guarantee every character class Identity asks for.
        return new string(chars) + "!7a";
    }
}

using Microsoft.AspNetCore.Identity;

namespace Alwrity.Domain.Accounts;

/// <summary>Creates accounts the same way for the sign-up page and the API: every new user is a Marketer.</summary>
public sealed class AccountService(UserManager<ApplicationUser> users)
{
    public async Task<(ApplicationUser? User, IReadOnlyList<string> Errors)> RegisterAsync(string? email, string? password)
    {
        email = email?.Trim();
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(email) || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            problems.Add("Enter a valid email address.");
        }

        if (string.IsNullOrEmpty(password))
        {
            problems.Add("Enter a password.");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var user = new ApplicationUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
        {
            return (null, created.Errors.Select(Describe).ToList());
        }

        await users.AddToRoleAsync(user, Roles.Marketer);
        return (user, []);
    }

    private static string Describe(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => "An account with this email already exists. Sign in instead, or reset your password.",
        _ => error.Description,
    };
}

using System.Security.Claims;

namespace Alwrity.Web.Accounts;

/// <summary>Reads the signed-in user's id and roles the same way for cookie and bearer sign-ins.</summary>
public static class AuthClaims
{
    public const string Role = "role";
    public const string Subject = "sub";
    public const string Email = "email";

    public static string? GetUserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue(Subject);

    public static string RequireUserId(this ClaimsPrincipal user) =>
        user.GetUserId() ?? throw new UnauthorizedAccessException("The request is not signed in.");

    public static string? GetEmail(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue(Email) ?? user.Identity?.Name;

    public static IReadOnlyList<string> GetRoles(this ClaimsPrincipal user) =>
        user.Claims.Where(c => c.Type is ClaimTypes.Role or Role).Select(c => c.Value).Distinct().Order().ToList();
}

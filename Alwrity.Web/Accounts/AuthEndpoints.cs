using Alwrity.Domain.Accounts;
using Alwrity.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Alwrity.Web.Accounts;

/// <summary>API sign-up, bearer tokens and "who am I" for API clients.</summary>
public static class AuthEndpoints
{
    public sealed record Credentials(string? Email, string? Password);
    public sealed record RegisteredUser(string Id, string Email, IReadOnlyList<string> Roles);
    public sealed record Me(string Id, string? Email, IReadOnlyList<string> Roles);

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts").AllowAnonymous().LimitBodySize(64 * 1024);
        auth.MapPost("/register", RegisterAsync).WithSummary("Create a Marketer account");
        auth.MapPost("/token", IssueTokenAsync).WithSummary("Exchange email and password for a bearer token");

        app.MapGet("/api/me", GetMe).WithTags("Accounts").RequireAuthorization()
            .WithSummary("The caller's id, email and roles");
        return app;
    }

    private static async Task<Results<Created<RegisteredUser>, ValidationProblem>> RegisterAsync(Credentials body, AccountService accounts)
    {
        var (user, errors) = await accounts.RegisterAsync(body.Email, body.Password);
        if (user is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [ErrorField(errors)] = [.. errors] },
                title: "The account could not be created.");
        }

        return TypedResults.Created("/api/me", new RegisteredUser(user.Id, user.Email!, [Roles.Marketer]));
    }

    private static string ErrorField(IReadOnlyList<string> errors) =>
        errors.Any(e => e.Contains("email", StringComparison.OrdinalIgnoreCase)) ? "email" : "password";

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueTokenAsync(
        Credentials body, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, JwtTokenIssuer issuer)
    {
        var user = string.IsNullOrWhiteSpace(body.Email) ? null : await users.FindByEmailAsync(body.Email.Trim());
        if (user is null || string.IsNullOrEmpty(body.Password))
        {
            return WrongCredentials();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, body.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return TypedResults.Problem(
                title: "Account locked",
                detail: "Too many failed sign-in attempts. Try again in a few minutes or reset your password.",
                statusCode: StatusCodes.Status423Locked);
        }

        if (!check.Succeeded)
        {
            return WrongCredentials();
        }

        return TypedResults.Ok(issuer.Issue(user, await users.GetRolesAsync(user)));
    }

    private static ProblemHttpResult WrongCredentials() => TypedResults.Problem(
        title: "Sign-in failed", detail: "The email or password is incorrect.", statusCode: StatusCodes.Status401Unauthorized);

    private static Me GetMe(System.Security.Claims.ClaimsPrincipal user) =>
        new(user.RequireUserId(), user.GetEmail(), user.GetRoles());
}

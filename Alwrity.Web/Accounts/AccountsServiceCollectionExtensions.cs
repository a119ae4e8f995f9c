using System.Text.Json;
using Alwrity.Domain.Accounts;
using Alwrity.Domain.Data;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Alwrity.Web.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Name of the scheme that picks bearer tokens for API calls and the cookie for the browser.</summary>
    public const string SmartScheme = "Alwrity";

    /// <summary>The browser's sign-in cookie.</summary>
    public const string IdentityCookieName = ".Alwrity.Identity";

    /// <summary>Identity with roles, cookie sign-in for the UI, JWT bearer for API clients, lockout, reset links.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.SectionName));
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName));
        services.AddDataProtection().SetApplicationName("Alwrity").PersistKeysToDbContext<AlwrityDbContext>();

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = SelectScheme)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.Events = new JwtBearerEvents { OnChallenge = WriteBearerChallengeAsync };
            })
            .AddIdentityCookies();

        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, ConfigureJwtValidation>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = IdentityCookieName;
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<ApplicationUser>(o =>
            {
                o.SignIn.RequireConfirmedAccount = false;
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AlwrityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthorization();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<JwtSigningKeyProvider>();
        services.AddSingleton<JwtTokenIssuer>();
        services.AddScoped<AccountService>();
        services.AddScoped<AccountSeeder>();
        services.AddSingleton<PasswordResetLinks>();
        services.AddSingleton<IEmailSender<ApplicationUser>, LoggingEmailSender>();
        return services;
    }

    private static string SelectScheme(HttpContext context)
    {
        string? header = context.Request.Headers.Authorization;
        var bearer = header?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true;
        // API calls without the browser's cookie are API clients: challenge them for a bearer token.
        var apiClient = context.Request.Path.StartsWithSegments("/api")
            && !context.Request.Cookies.ContainsKey(IdentityCookieName);
        return bearer || apiClient ? JwtBearerDefaults.AuthenticationScheme : IdentityConstants.ApplicationScheme;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Answers 401 with problem details that say why the token was refused.</summary>
    private static async Task WriteBearerChallengeAsync(JwtBearerChallengeContext ctx)
    {
        ctx.HandleResponse();
        var detail = ctx.AuthenticateFailure switch
        {
            SecurityTokenExpiredException => "The access token has expired. Request a new one from POST /api/auth/token.",
            SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The access token's signature is not valid.",
            not null => "The access token is not valid.",
            null => "Sign in first: send 'Authorization: Bearer <token>' from POST /api/auth/token.",
        };
        ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
        ctx.Response.Headers.WWWAuthenticate = "Bearer";
        ctx.Response.ContentType = "application/problem+json";
        await JsonSerializer.SerializeAsync(ctx.Response.Body, new
        {
            type = "https://tools.ietf.org/html/rfc9110#section-15.5.2",
            title = "Unauthorized",
            status = 401,
            detail,
        }, cancellationToken: ctx.HttpContext.RequestAborted);
    }

    private sealed class ConfigureJwtValidation(IOptions<JwtOptions> jwt, JwtSigningKeyProvider keys) : IPostConfigureOptions<JwtBearerOptions>
    {
        public void PostConfigure(string? name, JwtBearerOptions options)
        {
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Value.Issuer,
                ValidAudience = jwt.Value.Audience,
                IssuerSigningKeyResolver = (_, _, _, _) => [keys.Key],
                NameClaimType = AuthClaims.Email,
                RoleClaimType = AuthClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        }
    }
}

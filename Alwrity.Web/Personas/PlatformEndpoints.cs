using Alwrity.Domain.Personas;
using Alwrity.Web.Accounts;
using Alwrity.Web.Infrastructure;

namespace Alwrity.Web.Personas;

/// <summary>The seed's per-platform validate and optimize endpoints.</summary>
public static class PlatformEndpoints
{
    public sealed record PersonaRef(Guid PersonaId);
    public sealed record DraftRequest(string? Text, string? Platform);

    public static IEndpointRouteBuilder MapPlatformEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/personas").WithTags("Platform personas").RequireAuthorization().LimitBodySize(64 * 1024);
        group.MapPost("/{platform}/validate", (string platform, PersonaRef body, HttpContext http, PlatformPersonaService service, CancellationToken ct) =>
                service.ValidateAsync(http.User.RequireUserId(), platform, body.PersonaId, ct))
            .WithSummary("Re-check a persona's platform adaptation against the platform's rules and the core voice");
        group.MapPost("/{platform}/optimize", (string platform, PersonaRef body, HttpContext http, PlatformPersonaService service, CancellationToken ct) =>
                service.OptimizeAsync(http.User.RequireUserId(), platform, body.PersonaId, ct))
            .WithSummary("Recompute the platform adaptation from the current fingerprint and rules (and the model when configured); stores a new version");
        group.MapPost("/{personaId:guid}/check", (Guid personaId, DraftRequest body, HttpContext http, DraftChecker checker, CancellationToken ct) =>
                checker.CheckAsync(http.User.RequireUserId(), personaId, body.Text, body.Platform, ct))
            .WithSummary("Check a draft: does it sound like this persona (voice match), and does it fit the platform (optional)?");
        return app;
    }
}

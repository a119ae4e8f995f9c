using Alwrity.Domain.Personas;
using Alwrity.Web.Accounts;
using Alwrity.Web.Infrastructure;

namespace Alwrity.Web.Personas;

/// <summary>The seed's per-platform validate and optimize endpoints.</summary>
public static class PlatformEndpoints
{
    public sealed record PersonaRef(Guid PersonaId);

    public static IEndpointRouteBuilder MapPlatformEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/personas").WithTags("Platform personas").RequireAuthorization().LimitBodySize(64 * 1024);
        group.MapPost("/{platform}/validate", (string platform, PersonaRef body, HttpContext http, PlatformPersonaService service, CancellationToken ct) =>
                service.ValidateAsync(http.User.RequireUserId(), platform, body.PersonaId, ct))
            .WithSummary("Re-check a persona's platform adaptation against the platform's rules and the core voice");
        group.MapPost("/{platform}/optimize", (string platform, PersonaRef body, HttpContext http, PlatformPersonaService service, CancellationToken ct) =>
                service.OptimizeAsync(http.User.RequireUserId(), platform, body.PersonaId, ct))
            .WithSummary("Recompute the platform adaptation from the current fingerprint and rules (and the model when configured); stores a new version");
        return app;
    }
}

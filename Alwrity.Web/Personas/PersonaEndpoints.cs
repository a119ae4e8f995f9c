using System.Security.Claims;
using System.Text;
using Alwrity.Domain.Errors;
using Alwrity.Domain.Personas.Store;
using Alwrity.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alwrity.Web.Personas;

/// <summary>
/// Reading, editing, restoring, deleting and exporting stored personas. Every route is for signed-in users;
/// someone else's persona answers 404 (admins may read anyone's). Generation and jobs live elsewhere.
/// </summary>
public static class PersonaEndpoints
{
    private const long EditBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapPersonaEndpoints(this IEndpointRouteBuilder app)
    {
        var personas = app.MapGroup("/api/personas").WithTags("Personas").RequireAuthorization()
            .LimitBodySize(EditBodyBytes).ProducesProblem(StatusCodes.Status404NotFound);
        personas.MapGet("/user/{userId}", ListAsync).WithSummary("A user's personas (your own; admins: anyone's)");
        personas.MapGet("/{personaId:guid}", GetAsync).WithSummary("A persona: the latest version, or ?version=n");
        personas.MapGet("/{personaId:guid}/platform/{platform}", GetPlatformAsync).WithSummary("A persona adapted to one platform");
        personas.MapGet("/{personaId:guid}/versions", ListVersionsAsync).WithSummary("A persona's version history, newest first");
        personas.MapGet("/{personaId:guid}/versions/{number:int}", GetVersionAsync).WithSummary("One version of a persona");
        personas.MapGet("/{personaId:guid}/diff", DiffAsync).WithSummary("What changed between two versions (?from=a&to=b)")
            .ProducesValidationProblem();
        personas.MapPatch("/{personaId:guid}", PatchAsync)
            .WithSummary("Edit qualitative fields (overrides by JSON path; null resets); creates a new version")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        personas.MapPost("/{personaId:guid}/versions/{number:int}/restore", RestoreAsync)
            .WithSummary("Make an old version current again (as a new version)").ProducesProblem(StatusCodes.Status409Conflict);
        personas.MapDelete("/{personaId:guid}", DeleteAsync).WithSummary("Delete a persona and all its versions");
        personas.MapGet("/{personaId:guid}/export", ExportAsync)
            .WithSummary("Download a persona: ?format=json (everything) or ?format=markdown (a voice guide)")
            .Produces<string>(StatusCodes.Status200OK, "application/json", "text/markdown").ProducesValidationProblem();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<PersonaSummary>>> ListAsync(
        string userId, ClaimsPrincipal user, PersonaReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ListForUserAsync(user.ToPersonaCaller(), userId, cancellationToken));

    private static async Task<Ok<PersonaDocument>> GetAsync(
        Guid personaId, int? version, ClaimsPrincipal user, PersonaReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.GetAsync(user.ToPersonaCaller(), personaId, version, cancellationToken));

    private static async Task<Ok<PlatformPersonaDocument>> GetPlatformAsync(
        Guid personaId, string platform, int? version, ClaimsPrincipal user, PersonaReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.GetPlatformAsync(user.ToPersonaCaller(), personaId, platform, version, cancellationToken));

    private static async Task<Ok<IReadOnlyList<PersonaVersionSummary>>> ListVersionsAsync(
        Guid personaId, ClaimsPrincipal user, PersonaReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ListVersionsAsync(user.ToPersonaCaller(), personaId, cancellationToken));

    private static async Task<Ok<PersonaDocument>> GetVersionAsync(
        Guid personaId, int number, ClaimsPrincipal user, PersonaReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.GetAsync(user.ToPersonaCaller(), personaId, number, cancellationToken));

    private static async Task<Ok<PersonaVersionDiff>> DiffAsync(
        Guid personaId, int? from, int? to, ClaimsPrincipal user, PersonaReader reader, CancellationToken cancellationToken)
    {
        if (from is null || to is null)
        {
            throw new InputValidationException(from is null ? "from" : "to", "Give both versions to compare, e.g. ?from=1&to=2.");
        }

        return TypedResults.Ok(await reader.DiffAsync(user.ToPersonaCaller(), personaId, from.Value, to.Value, cancellationToken));
    }

    private static async Task<Ok<PersonaDocument>> PatchAsync(
        Guid personaId, PersonaPatch patch, ClaimsPrincipal user, PersonaEditor editor, CancellationToken cancellationToken) =>
        TypedResults.Ok(await editor.ApplyAsync(user.ToPersonaCaller(), personaId, patch, cancellationToken));

    private static async Task<Created<PersonaDocument>> RestoreAsync(
        Guid personaId, int number, ClaimsPrincipal user, PersonaEditor editor, CancellationToken cancellationToken)
    {
        var restored = await editor.RestoreAsync(user.ToPersonaCaller(), personaId, number, cancellationToken);
        return TypedResults.Created($"/api/personas/{personaId}/versions/{restored.Version}", restored);
    }

    private static async Task<NoContent> DeleteAsync(
        Guid personaId, ClaimsPrincipal user, PersonaEditor editor, CancellationToken cancellationToken)
    {
        await editor.DeleteAsync(user.ToPersonaCaller(), personaId, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> ExportAsync(
        Guid personaId, string? format, ClaimsPrincipal user, PersonaExporter exporter, CancellationToken cancellationToken)
    {
        var caller = user.ToPersonaCaller();
        switch (format?.Trim().ToLowerInvariant())
        {
            case null or "" or "json":
                var json = await exporter.ExportJsonAsync(caller, personaId, cancellationToken);
                var name = json["persona"]?["name"]?.GetValue<string>() ?? "persona";
                return TypedResults.File(Encoding.UTF8.GetBytes(json.ToJsonString()), "application/json", $"{PersonaExporter.Slug(name)}.json");
            case "markdown" or "md":
                var guide = await exporter.ExportMarkdownAsync(caller, personaId, cancellationToken);
                return TypedResults.File(Encoding.UTF8.GetBytes(guide.Markdown), "text/markdown; charset=utf-8", guide.FileName);
            default:
                throw new InputValidationException("format", $"'{format}' is not an export format. Use json or markdown.");
        }
    }
}

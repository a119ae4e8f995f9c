using Alwrity.Domain.Personas.Generation;
using Alwrity.Domain.Personas.Jobs;
using Alwrity.Web.Accounts;
using Alwrity.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;

namespace Alwrity.Web.Personas;

/// <summary>Start a persona generation (a durable job), follow it, cancel it.</summary>
public static class GenerationEndpoints
{
    public const string RateLimitPolicy = "generation";

    public static IEndpointRouteBuilder MapGenerationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/personas").WithTags("Persona generation").RequireAuthorization();
        group.MapPost("/generate", GenerateAsync).LimitBodySize(8 * 1024 * 1024).RequireRateLimiting(RateLimitPolicy)
            .WithSummary("Generate a persona from samples, files, website pages and profile answers; returns 202 and a job id");
        group.MapGet("/jobs/{jobId:guid}", (Guid jobId, HttpContext http, GenerationJobService jobs, CancellationToken ct) =>
                jobs.GetAsync(http.User.RequireUserId(), jobId, ct))
            .WithSummary("A generation job's status, stage, progress (0–100), persona id and error");
        group.MapPost("/jobs/{jobId:guid}/cancel", (Guid jobId, HttpContext http, GenerationJobService jobs, CancellationToken ct) =>
                jobs.CancelAsync(http.User.RequireUserId(), jobId, ct))
            .WithSummary("Cancel a queued or running generation");
        return app;
    }

    private static async Task<IResult> GenerateAsync(GeneratePersonaRequest body, HttpContext http, PersonaGenerationStarter starter, CancellationToken ct)
    {
        var job = await starter.StartAsync(http.User.RequireUserId(), body, ct);
        return TypedResults.Accepted($"/api/personas/jobs/{job.JobId}", job);
    }
}

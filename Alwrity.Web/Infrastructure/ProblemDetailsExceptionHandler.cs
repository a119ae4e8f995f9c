using Alwrity.Domain.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Web.Infrastructure;

/// <summary>
/// The one place exceptions become RFC 9457 problem details: domain errors get their own status and a
/// message a person can act on; anything unexpected is logged in full and answered without internals.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var details = Describe(exception);
        if (details.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error for {Method} {Path}", context.Request.Method, context.Request.Path);
        }

        context.Response.StatusCode = details.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    private static ProblemDetails Describe(Exception exception) => exception switch
    {
        InputValidationException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = 400, Title = "Some of the input needs fixing.", Detail = v.Message,
        },
        Domain.Platforms.Rules.UnknownPlatformException u => new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { ["platform"] = [u.Message] })
        {
            Status = 400, Title = "Unknown platform", Detail = u.Message, Extensions = { ["knownPlatforms"] = u.KnownPlatforms },
        },
        Domain.Personas.Jobs.JobAlreadyRunningException j => new ProblemDetails
        {
            Status = 409, Title = "A generation is already running", Detail = j.Message, Extensions = { ["jobId"] = j.JobId },
        },
        Domain.Onboarding.OnboardingInputException o => new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { ["input"] = [o.Message] })
        {
            Status = 400, Title = "Some of the input can't be used.", Detail = o.Message,
        },
        NotFoundException n => new ProblemDetails { Status = 404, Title = "Not found", Detail = n.Message },
        ConflictException c => new ProblemDetails { Status = 409, Title = "Conflict", Detail = c.Message },
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = 409, Title = "Changed by someone else", Detail = "This record was changed in the meantime. Reload it and apply your change again.",
        },
        BadHttpRequestException { StatusCode: 413 } => new ProblemDetails
        {
            Status = 413, Title = "Request too large", Detail = "The request body is larger than this endpoint accepts. Send less text at a time.",
        },
        BadHttpRequestException b => new ProblemDetails
        {
            Status = b.StatusCode, Title = "The request could not be read", Detail = ReadableBadRequest(b),
        },
        UnauthorizedAccessException => new ProblemDetails { Status = 401, Title = "Unauthorized", Detail = "Sign in first." },
        OperationCanceledException => new ProblemDetails { Status = 499, Title = "Request cancelled" },
        _ => new ProblemDetails { Status = 500, Title = "Something went wrong on our side", Detail = "The error was logged. Try again in a moment." },
    };

    private static string ReadableBadRequest(BadHttpRequestException exception) =>
        exception.InnerException is System.Text.Json.JsonException json
            ? $"The JSON body is not valid: {json.Message.Split(" Path:", 2)[0].Split(". ", 2)[0]}."
            : exception.Message;
}

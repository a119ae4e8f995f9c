using Alwrity.Domain.Ai;
using Alwrity.Domain.Ai.Keys;
using Alwrity.Web.Accounts;
using Alwrity.Web.Infrastructure;

namespace Alwrity.Web.Ai;

/// <summary>
/// A user's own Gemini key: tested with a tiny call before it is saved (encrypted at rest), shown only by its
/// last characters, and removable. Which engine the user's generations will use is reported too.
/// </summary>
public static class AiKeyEndpoints
{
    public sealed record KeyRequest(string? ApiKey);

    public sealed record AiStatus(string Provider, string? Model, string Source, string? Notice, StoredApiKeyInfo? StoredKey);

    public static IEndpointRouteBuilder MapAiKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me/ai").WithTags("AI provider").RequireAuthorization().LimitBodySize(16 * 1024);
        group.MapGet("/", StatusAsync).WithSummary("Which AI engine your generations use, and the stored key's hint");
        group.MapPut("/gemini-key", SaveAsync).WithSummary("Test a Gemini API key with a small call, then store it encrypted");
        group.MapDelete("/gemini-key", async (HttpContext http, IUserApiKeyStore keys, CancellationToken ct) =>
            await keys.DeleteAsync(http.User.RequireUserId(), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Forget your stored Gemini key");
        return app;
    }

    private static async Task<AiStatus> StatusAsync(HttpContext http, IAiProviderResolver resolver, IUserApiKeyStore keys, CancellationToken ct)
    {
        var userId = http.User.RequireUserId();
        var selection = await resolver.ResolveAsync(userId, ct);
        return new AiStatus(selection.Provider, selection.Model, selection.Source, selection.Notice, await keys.DescribeAsync(userId, ct));
    }

    private static async Task<IResult> SaveAsync(KeyRequest body, HttpContext http, GeminiKeyRegistration registration, CancellationToken ct)
    {
        var result = await registration.TestAndSaveAsync(http.User.RequireUserId(), body.ApiKey, ct);
        return result.Saved
            ? TypedResults.Ok(new { saved = true, result.Message, result.Model, result.LatencyMs })
            : TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The key did not work", detail: result.Message);
    }
}

using Alwrity.Domain.Analysis;
using Alwrity.Domain.Analysis.PlatformFit;
using Alwrity.Domain.Analysis.VoiceMatch;
using Alwrity.Domain.Errors;
using Alwrity.Web.Infrastructure;

namespace Alwrity.Web.Analysis;

/// <summary>Measure a text, compare it with a reference voice, and check it against a platform's rules.</summary>
public static class AnalysisEndpoints
{
    public sealed record FingerprintRequest(string? Text);
    public sealed record VoiceMatchRequest(IReadOnlyList<string>? ReferenceTexts, string? CandidateText);
    public sealed record PlatformFitRequest(string? Platform, string? Text);

    public static IEndpointRouteBuilder MapAnalysisEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/analysis").WithTags("Analysis").RequireAuthorization().LimitBodySize();
        group.MapPost("/fingerprint", (FingerprintRequest body) => TypedResults.Ok(FingerprintAnalyzer.Analyze(Require(body.Text, "text"))))
            .WithSummary("Measure a text: sentence statistics, readability, tone, habits, each with evidence");
        group.MapPost("/voice-match", (VoiceMatchRequest body) =>
            {
                var references = (body.ReferenceTexts ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
                if (references.Count == 0)
                {
                    throw new InputValidationException("referenceTexts", "Give at least one reference text (the writer's own samples).");
                }

                return TypedResults.Ok(VoiceMatcher.Match(references, body.CandidateText ?? ""));
            })
            .WithSummary("Does a draft sound like the reference writer? A calibrated 0–100 score with reasons");
        group.MapPost("/platform-fit", (PlatformFitRequest body, PlatformFitChecker checker) =>
            TypedResults.Ok(checker.Check(Require(body.Platform, "platform"), body.Text ?? "")))
            .WithSummary("Check a draft against a platform's limits (with its counting rule), fold and norms");
        return app;
    }

    private static string Require(string? value, string field) =>
        value is null ? throw new InputValidationException(field, $"'{field}' is required.") : value;
}

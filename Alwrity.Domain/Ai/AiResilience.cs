using Microsoft.Extensions.Http.Resilience;

namespace Alwrity.Domain.Ai;

/// <summary>
/// Maps <see cref="AiOptions"/> onto the standard HTTP resilience pipeline: total timeout → retry (exponential with
/// jitter on 408/429/5xx and network errors, honouring Retry-After) → circuit breaker → per-attempt timeout.
/// </summary>
internal static class AiResilience
{
    public static void Apply(HttpStandardResilienceOptions pipeline, AiOptions ai)
    {
        var attempt = TimeSpan.FromSeconds(ai.TimeoutSeconds);
        pipeline.AttemptTimeout.Timeout = attempt;
        pipeline.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(ai.TotalTimeoutSeconds);

        // Polly needs at least one retry attempt; "no retries" is expressed as "handle nothing".
        pipeline.Retry.MaxRetryAttempts = Math.Max(1, ai.MaxRetries);
        if (ai.MaxRetries == 0)
        {
            pipeline.Retry.ShouldHandle = _ => ValueTask.FromResult(false);
        }

        pipeline.Retry.Delay = TimeSpan.FromSeconds(ai.RetryBaseDelaySeconds);
        pipeline.Retry.MaxDelay = TimeSpan.FromSeconds(60);
        pipeline.Retry.ShouldRetryAfterHeader = true;
        pipeline.Retry.UseJitter = true;

        var breaker = ai.CircuitBreaker;
        pipeline.CircuitBreaker.FailureRatio = breaker.FailureRatio;
        pipeline.CircuitBreaker.MinimumThroughput = breaker.MinimumThroughput;
        pipeline.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(breaker.BreakSeconds);

        // The pipeline validates that the sampling window is at least twice the attempt timeout.
        var sampling = TimeSpan.FromSeconds(Math.Max(30, (2 * ai.TimeoutSeconds) + 1));
        pipeline.CircuitBreaker.SamplingDuration = sampling;
    }
}

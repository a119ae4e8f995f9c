using System.Diagnostics;
using Alwrity.Domain.Ai;
using Alwrity.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Ai;

public sealed class ModelResilienceTests
{
    private const string ValidJson = """{"personaName":"Ada","format":"posts","traits":["clear"],"confidence":60,"note":null}""";

    [Fact]
    public async Task Rate_limited_call_waits_for_Retry_After_then_succeeds()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeResponse.Error(429, "Resource exhausted", retryAfter: "1"), FakeResponse.Completion(ValidJson));
        await using var sp = AiTestHost.Build(server);

        var result = await sp.GetRequiredService<IStructuredModel>().GenerateAsync<VoiceSummary>(AiTestHost.Request(), CancellationToken.None);

        Assert.Equal(ModelOutcomes.Succeeded, result.Outcome);
        Assert.Equal(2, server.Requests.Count);
        var gap = server.Requests[1].ReceivedAt - server.Requests[0].ReceivedAt;
        Assert.InRange(gap.TotalSeconds, 0.9, 4);
    }

    [Fact]
    public async Task Server_error_is_retried_quickly_and_the_call_succeeds()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeResponse.Error(503, "overloaded"), FakeResponse.Completion(ValidJson));
        await using var sp = AiTestHost.Build(server);

        var result = await sp.GetRequiredService<IStructuredModel>().GenerateAsync<VoiceSummary>(AiTestHost.Request(), CancellationToken.None);

        Assert.Equal(ModelOutcomes.Succeeded, result.Outcome);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Hung_model_times_out_with_a_clear_failure_instead_of_hanging()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeResponse.Completion(ValidJson, delay: TimeSpan.FromSeconds(30)));
        await using var sp = AiTestHost.Build(server, s =>
        {
            s["Ai:TimeoutSeconds"] = "1";
            s["Ai:TotalTimeoutSeconds"] = "2.5";
            s["Ai:MaxRetries"] = "0";
        });
        var clock = Stopwatch.StartNew();

        var result = await sp.GetRequiredService<IStructuredModel>().GenerateAsync<VoiceSummary>(AiTestHost.Request(), CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(ModelOutcomes.Failed, result.Outcome);
        Assert.Contains("timed out", result.FailureReason, StringComparison.Ordinal);
        Assert.InRange(server.Requests.Count, 0, 1); // no retries were configured; a cold start may time out before the server logs it
    }

    [Fact]
    public async Task Circuit_opens_after_repeated_failures_and_stops_calling_the_provider()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Responder = _ => FakeResponse.Error(500, "internal error");
        await using var sp = AiTestHost.Build(server, s =>
        {
            s["Ai:MaxRetries"] = "0";
            s["Ai:CircuitBreaker:MinimumThroughput"] = "2";
            s["Ai:CircuitBreaker:FailureRatio"] = "0.5";
        });
        var model = sp.GetRequiredService<IStructuredModel>();

        var first = await model.GenerateAsync<VoiceSummary>(AiTestHost.Request(), CancellationToken.None);
        await model.GenerateAsync<VoiceSummary>(AiTestHost.Request(), CancellationToken.None);
        var third = await model.GenerateAsync<VoiceSummary>(AiTestHost.Request(), CancellationToken.None);

        Assert.Contains("server error (500)", first.FailureReason, StringComparison.Ordinal);
        Assert.Contains("paused", third.FailureReason, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Default_timings_make_a_valid_resilience_pipeline()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(FakeResponse.Completion(ValidJson));
        await using var sp = AiTestHost.Build(server, s =>
        {
            foreach (var key in s.Keys.Where(k => k.Contains("Timeout", StringComparison.Ordinal) || k.Contains("Retr", StringComparison.Ordinal)).ToList())
            {
                s.Remove(key);
            }
        });

        var result = await sp.GetRequiredService<IStructuredModel>().GenerateAsync<VoiceSummary>(AiTestHost.Request(), CancellationToken.None);

        Assert.Equal(ModelOutcomes.Succeeded, result.Outcome);
    }

    [Fact]
    public async Task Concurrent_calls_overlap_on_the_wire()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Responder = _ => FakeResponse.Completion(ValidJson, delay: TimeSpan.FromMilliseconds(400));
        await using var sp = AiTestHost.Build(server);
        var model = sp.GetRequiredService<IStructuredModel>();

        var results = await Task.WhenAll(
            model.GenerateAsync<VoiceSummary>(AiTestHost.Request("linkedin"), CancellationToken.None),
            model.GenerateAsync<VoiceSummary>(AiTestHost.Request("facebook"), CancellationToken.None));

        Assert.All(results, r => Assert.Equal(ModelOutcomes.Succeeded, r.Outcome));
        var (a, b) = (server.Requests[0], server.Requests[1]);
        Assert.True(a.ReceivedAt < b.RespondedAt && b.ReceivedAt < a.RespondedAt, "the two calls should be in flight at the same time");
    }
}

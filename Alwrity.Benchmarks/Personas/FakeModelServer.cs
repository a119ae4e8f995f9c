using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Alwrity.Benchmarks.Personas;

/// <summary>
/// A stand-in OpenAI-compatible chat endpoint on 127.0.0.1 that answers every call after a fixed delay with a
/// valid answer for whichever schema was asked for, and keeps the request bodies so prompts can be counted.
/// </summary>
internal sealed class FakeModelServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeModelServer(WebApplication app) => this.app = app;

    public ConcurrentBag<string> Bodies { get; } = [];

    public string BaseUrl => app.Urls.First().TrimEnd('/') + "/v1/";

    public static async Task<FakeModelServer> StartAsync(TimeSpan delay)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeModelServer(app);
        app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            server.Bodies.Add(body);
            await Task.Delay(delay);
            return Results.Text(Completion(body), "application/json");
        });
        await app.StartAsync();
        return server;
    }

    private static string Completion(string body)
    {
        var isPlatform = body.Contains("Adapt the core persona", StringComparison.Ordinal);
        object content = isPlatform
            ? new { hookStyle = "Lead with the tension, under the fold.", ctaStyle = "Ask for experience.", paragraphStructure = "Two-line paragraphs.", hashtagStrategy = "3 specific hashtags.", emojiPolicy = "None.", guidance = new[] { "One idea per post." }, angles = new[] { "Lessons from the work" }, formats = Array.Empty<object>() }
            : new { personaName = "The Benchmark Voice", archetype = "Analyst", coreBelief = "Evidence first.", brandVoiceDescription = "Measured sentences with few contractions.", defaultTone = "measured", permissibleTones = new[] { "considered" }, forbiddenTones = new[] { "flippant" }, emotionalRange = "narrow", @do = new[] { "Argue step by step." }, dont = new[] { "No slang." } };
        var completion = new JsonObject
        {
            ["id"] = "bench",
            ["object"] = "chat.completion",
            ["created"] = 0,
            ["model"] = "bench-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["finish_reason"] = "stop",
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = JsonSerializer.Serialize(content, JsonSerializerOptions.Web) },
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 0, ["completion_tokens"] = 0, ["total_tokens"] = 0 },
        };
        return completion.ToJsonString();
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

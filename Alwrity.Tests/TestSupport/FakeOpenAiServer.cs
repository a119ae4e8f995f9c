using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alwrity.Tests.TestSupport;

/// <summary>
/// A real OpenAI-compatible HTTP server on 127.0.0.1 (random port) for tests: it records every request and answers
/// POST {BaseUrl}chat/completions from a queue of scripted responses (status, body, delay, headers), or from
/// <see cref="Responder"/> when the queue is empty (useful when calls run concurrently). Nothing leaves the machine.
/// <code>
/// await using var server = await FakeOpenAiServer.StartAsync();
/// server.Enqueue(FakeResponse.Completion("{\"name\":\"Ada\"}", promptTokens: 120));
/// // point Ai:OpenAICompatible:Endpoint (or Ai:Gemini:Endpoint) at server.BaseUrl
/// Assert.Single(server.Requests);
/// </code>
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeResponse> script = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly Lock gate = new();

    private FakeOpenAiServer(WebApplication app) => this.app = app;

    /// <summary>Base URL ending in "/v1/", as an OpenAI-style endpoint setting expects.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Answers requests when the queue is empty; by default a 500 saying nothing was scripted.</summary>
    public Func<RecordedRequest, FakeResponse>? Responder { get; set; }

    /// <summary>All requests received so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return requests.ToList();
            }
        }
    }

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/{**path}", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1/");
        return server;
    }

    /// <summary>Adds responses to the end of the queue; each request takes the next one.</summary>
    public FakeOpenAiServer Enqueue(params FakeResponse[] responses)
    {
        foreach (var response in responses)
        {
            script.Enqueue(response);
        }

        return this;
    }

    /// <summary>Responses still queued.</summary>
    public int Pending => script.Count;

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var recorded = new RecordedRequest(
            context.Request.Path.Value ?? "/",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            await reader.ReadToEndAsync(context.RequestAborted),
            DateTimeOffset.UtcNow);
        lock (gate)
        {
            requests.Add(recorded);
        }

        var response = !recorded.Path.EndsWith("/chat/completions", StringComparison.Ordinal)
            ? FakeResponse.Error(404, $"The fake server only serves chat/completions, not {recorded.Path}.")
            : script.TryDequeue(out var next) ? next
            : Responder?.Invoke(recorded) ?? FakeResponse.Error(500, "The fake server has no scripted response left.");
        try
        {
            await Task.Delay(response.Delay, context.RequestAborted);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up (a timeout under test); nothing to answer.
        }
        finally
        {
            recorded.RespondedAt = DateTimeOffset.UtcNow;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await app.StopAsync(quick.Token);
        await app.DisposeAsync();
    }
}

/// <summary>One request the fake server received.</summary>
public sealed record RecordedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset ReceivedAt)
{
    /// <summary>When the answer was sent (or the client gave up); null while in flight. Use for overlap checks.</summary>
    public DateTimeOffset? RespondedAt { get; internal set; }

    /// <summary>The body parsed as JSON.</summary>
    public JsonNode Json => JsonNode.Parse(Body)!;

    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;

    /// <summary>Text of every message, in order ("system", "user", "assistant" contents).</summary>
    public IReadOnlyList<(string Role, string Content)> Messages =>
        Json["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), ContentOf(m["content"]))).ToList();

    private static string ContentOf(JsonNode? content) => content switch
    {
        JsonValue text => text.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? string.Empty)),
        _ => string.Empty,
    };
}

/// <summary>A scripted answer: status, body, an optional delay before answering, and headers (e.g. Retry-After).</summary>
public sealed record FakeResponse(int Status, string Body, TimeSpan Delay = default, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>A 200 chat.completion whose message content is <paramref name="content"/>, with usage figures.</summary>
    public static FakeResponse Completion(string content, int promptTokens = 100, int completionTokens = 20, int cachedTokens = 0,
        string model = "fake-model", TimeSpan delay = default) =>
        new(200, ChatCompletionJson(content, promptTokens, completionTokens, cachedTokens, model), delay);

    /// <summary>A 200 chat.completion whose content is <paramref name="value"/> serialised as camelCase JSON.</summary>
    public static FakeResponse CompletionOf(object value, int promptTokens = 100, int completionTokens = 20, int cachedTokens = 0) =>
        Completion(JsonSerializer.Serialize(value, JsonSerializerOptions.Web), promptTokens, completionTokens, cachedTokens);

    /// <summary>An OpenAI-style error body with this status; <paramref name="retryAfter"/> sets the Retry-After header.</summary>
    public static FakeResponse Error(int status, string message, string? retryAfter = null) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["code"] = status } }.ToJsonString(),
            Headers: retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    /// <summary>A valid chat.completion JSON document with usage {prompt_tokens, completion_tokens, prompt_tokens_details.cached_tokens}.</summary>
    public static string ChatCompletionJson(string content, int promptTokens = 100, int completionTokens = 20, int cachedTokens = 0, string model = "fake-model") =>
        new JsonObject
        {
            ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N")[..12],
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = promptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = promptTokens + completionTokens,
                ["prompt_tokens_details"] = new JsonObject { ["cached_tokens"] = cachedTokens },
            },
        }.ToJsonString();
}

using System.Net;
using System.Text.Json;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Alwrity.Domain.Ai.SemanticKernel;

/// <summary>Turns exceptions from a model call into a short sentence a user or admin can act on, without secrets.</summary>
internal static class ModelFailures
{
    public static string Describe(Exception error, ModelEndpoint endpoint, AiOptions options)
    {
        var text = DescribeUnscrubbed(error, endpoint, options);
        return Scrub(text, endpoint.ApiKey);
    }

    /// <summary>Removes the key from any text (providers sometimes echo request parts in errors).</summary>
    public static string Scrub(string text, string? apiKey) =>
        string.IsNullOrEmpty(apiKey) ? text : text.Replace(apiKey, "***", StringComparison.Ordinal);

    private static string DescribeUnscrubbed(Exception error, ModelEndpoint endpoint, AiOptions options)
    {
        var chain = Chain(error).ToList();
        if (chain.OfType<BrokenCircuitException>().Any())
        {
            return $"{endpoint.Provider} failed repeatedly, so calls are paused for {options.CircuitBreaker.BreakSeconds:0.#} s.";
        }

        if (chain.OfType<TimeoutRejectedException>().Any() || chain.OfType<OperationCanceledException>().Any())
        {
            return $"{endpoint.Provider} timed out (no answer within {options.TimeoutSeconds:0.#} s).";
        }

        var http = chain.OfType<HttpOperationException>().FirstOrDefault(e => e.StatusCode is not null);
        if (http?.StatusCode is { } status)
        {
            return DescribeStatus(status, http.ResponseContent, endpoint);
        }

        var network = chain.OfType<HttpRequestException>().FirstOrDefault();
        if (network is not null)
        {
            return network.StatusCode is { } code
                ? DescribeStatus(code, null, endpoint)
                : $"Could not reach {endpoint.Provider} at {endpoint.BaseUrl.Host}: {network.Message}";
        }

        return $"{endpoint.Provider} call failed: {error.GetType().Name}: {Shorten(error.Message)}";
    }

    private static string DescribeStatus(HttpStatusCode status, string? body, ModelEndpoint endpoint)
    {
        var code = (int)status;
        var detail = ProviderMessage(body);
        var suffix = detail is null ? string.Empty : $": {detail}";
        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => $"{endpoint.Provider} rejected the key ({code}){suffix}",
            HttpStatusCode.NotFound => $"Model '{endpoint.Model}' not found at {endpoint.BaseUrl.Host} (404){suffix}",
            HttpStatusCode.TooManyRequests => $"{endpoint.Provider} is rate limiting or the quota is used up (429){suffix}",
            HttpStatusCode.BadRequest => $"{endpoint.Provider} refused the request (400){suffix}",
            _ when code >= 500 => $"{endpoint.Provider} had a server error ({code}){suffix}",
            _ => $"{endpoint.Provider} answered {code}{suffix}",
        };
    }

    /// <summary>The "message" of an OpenAI-style error body ({"error":{"message":…}}, Gemini may wrap it in an array).</summary>
    private static string? ProviderMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement.ValueKind == JsonValueKind.Array && doc.RootElement.GetArrayLength() > 0
                ? doc.RootElement[0]
                : doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var err))
            {
                var message = err.ValueKind == JsonValueKind.Object && err.TryGetProperty("message", out var m) ? m.GetString() : err.ToString();
                return message is null ? null : Shorten(message);
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall through to the raw text.
        }

        return Shorten(body);
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 300 ? flat : flat[..300] + "…";
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}

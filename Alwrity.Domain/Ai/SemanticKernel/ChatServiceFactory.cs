using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace Alwrity.Domain.Ai.SemanticKernel;

/// <summary>
/// Builds Semantic Kernel's OpenAI chat service for an endpoint, on our named HttpClient. The OpenAI SDK's own
/// retries and network timeout are switched off: the HttpClient's resilience pipeline owns both.
/// </summary>
internal static class ChatServiceFactory
{
    /// <summary>Sent when the endpoint needs no key (e.g. a local Ollama); the SDK insists on one.</summary>
    private const string NoKey = "no-key";

    public static OpenAIChatCompletionService Create(ModelEndpoint endpoint, HttpClient httpClient)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = endpoint.BaseUrl,
            Transport = new HttpClientPipelineTransport(httpClient),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
            UserAgentApplicationId = "Alwrity",
        };
        var client = new OpenAIClient(new ApiKeyCredential(endpoint.ApiKey ?? NoKey), clientOptions);
        return new OpenAIChatCompletionService(endpoint.Model, client, loggerFactory: null);
    }
}

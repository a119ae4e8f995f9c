using Alwrity.Domain.Ai;
using Alwrity.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Ai;

/// <summary>Builds the AI seam's services against a <see cref="FakeOpenAiServer"/>, with fast test timings.</summary>
internal static class AiTestHost
{
    public const string ServerKey = "sk-server-secret-0000";
    public const string Model = "test-model";

    public static Dictionary<string, string?> Settings(FakeOpenAiServer? server) => new()
    {
        ["Ai:Provider"] = AiProviders.OpenAICompatible,
        ["Ai:OpenAICompatible:Endpoint"] = server?.BaseUrl.ToString(),
        ["Ai:OpenAICompatible:Model"] = Model,
        ["Ai:OpenAICompatible:ApiKey"] = ServerKey,
        ["Ai:Gemini:Endpoint"] = server?.BaseUrl.ToString() ?? GeminiSettings.DefaultEndpoint,
        ["Ai:TimeoutSeconds"] = "5",
        ["Ai:TotalTimeoutSeconds"] = "10",
        ["Ai:MaxRetries"] = "2",
        ["Ai:RetryBaseDelaySeconds"] = "0.05",
    };

    public static ServiceProvider Build(FakeOpenAiServer? server, Action<Dictionary<string, string?>>? tweak = null, Action<IServiceCollection>? services = null)
    {
        var settings = Settings(server);
        tweak?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection().AddLogging();
        collection.AddAlwrityAi(configuration);
        services?.Invoke(collection);
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }

    public static ModelRequest Request(string userPrompt = "Describe the voice.", AiCredentials? credentials = null) => new()
    {
        SystemPrompt = "You describe writing voices as JSON.",
        UserPrompt = userPrompt,
        PromptVersion = "test-prompt@1",
        Credentials = credentials,
    };
}

/// <summary>A small output record for tests; one property is called "format" on purpose (schema stripping must keep it).</summary>
public sealed record VoiceSummary(string PersonaName, string Format, IReadOnlyList<string> Traits, int Confidence, string? Note);

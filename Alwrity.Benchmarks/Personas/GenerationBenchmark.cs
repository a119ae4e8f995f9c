using System.Diagnostics;
using System.Text.Json.Nodes;
using Alwrity.Domain;
using Alwrity.Domain.Ai;
using Alwrity.Domain.Data;
using Alwrity.Domain.Personas.Generation;
using Alwrity.Domain.Personas.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alwrity.Benchmarks.Personas;

/// <summary>
/// Wall time of a full generation (core + LinkedIn + Facebook) against a model that answers after a fixed
/// delay L, and the prompt tokens it spends. Platform calls run concurrently, so the target is ≈ 2·L + local work.
/// Usage: generation [corpora folder] [delay ms]
/// </summary>
internal sealed class GenerationBenchmark : ICommand
{
    public string Name => "generation";

    public string Description => "Generation wall time vs model delay L (target ≈ 2·L), and prompt tokens per generation";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 400);
        var samples = SampleTexts(args.Length > 0 ? args[0] : null);
        await using var server = await FakeModelServer.StartAsync(delay);
        var folder = Directory.CreateTempSubdirectory("alwrity-bench-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ai:Provider"] = AiProviders.OpenAICompatible,
            ["Ai:OpenAICompatible:Endpoint"] = server.BaseUrl,
            ["Ai:OpenAICompatible:Model"] = "bench-model",
        }).Build();
        await using var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddAlwrityDomain(configuration, folder).AddSingleton(TimeProvider.System).BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var generator = services.GetRequiredService<PersonaGenerator>();
        var request = new GeneratePersonaRequest { Samples = samples, Platforms = ["linkedin", "facebook"] };

        await generator.GenerateAsync("bench-user", request, NoReporter.Instance, cancellationToken);
        server.Bodies.Clear();
        var runs = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await generator.GenerateAsync("bench-user", request, NoReporter.Instance, cancellationToken);
            runs.Add(clock.Elapsed.TotalMilliseconds);
        }

        var local = delay.TotalMilliseconds;
        var tokens = server.Bodies.Select(PromptTokens).ToList();
        Console.WriteLine($"model delay L            {local:0} ms");
        Console.WriteLine($"generation wall (median) {Median(runs):0} ms   (2·L = {2 * local:0} ms, 3·L = {3 * local:0} ms)");
        Console.WriteLine($"calls per generation     {server.Bodies.Count / runs.Count}");
        Console.WriteLine($"prompt tokens / gen      {tokens.Sum() / runs.Count:N0} (o200k_base; includes the user's sample excerpts)");
        Console.WriteLine($"template tokens / gen    {TemplateTokens():N0} (our prompt files without data; the original spends ~600 + 2×~440 words)");
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static int PromptTokens(string body)
    {
        var messages = JsonNode.Parse(body)?["messages"]?.AsArray() ?? [];
        return messages.Sum(m => PromptTokenCounter.Count(m?["content"]?.GetValue<string>() ?? ""));
    }

    private static int TemplateTokens()
    {
        var library = new Domain.Ai.Prompts.PromptLibrary();
        return PromptTokenCounter.Count(library.Get("persona-system").Text) * 3 + PromptTokenCounter.Count(library.Get("core-persona").Text)
            + PromptTokenCounter.Count(library.Get("platform-linkedin").Text) + PromptTokenCounter.Count(library.Get("platform-facebook").Text);
    }

    private static List<SampleInput> SampleTexts(string? corpora)
    {
        var folder = corpora is null ? null : Path.Combine(corpora, "federalist");
        if (folder is not null && Directory.Exists(folder))
        {
            return [.. new[] { 10, 14, 37 }.Select(n => new SampleInput($"Federalist {n}", File.ReadAllText(Path.Combine(folder, $"fed_{n:00}.txt"))))];
        }

        var text = string.Join(" ", Enumerable.Range(0, 400).Select(i => $"We shipped release {i} on time, and the team learned something new about our customers."));
        return [new SampleInput("Synthetic", text)];
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private sealed class NoReporter : IJobReporter
    {
        public static readonly NoReporter Instance = new();

        public Task ReportAsync(string stage, int? progress, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

using System.Diagnostics;
using System.Text;
using Alwrity.Domain.Analysis.PlatformFit;
using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Benchmarks.PlatformFit;

/// <summary>
/// Times the platform-fit check on a typical post and on a 5 MB draft for every platform. With a folder argument,
/// also checks every .txt file in it and prints how often each finding code fires (a false-positive survey).
/// </summary>
internal sealed class PlatformFitBenchmark : ICommand
{
    private const string TypicalPost =
        "Last quarter our support team answered 4,200 tickets. Median first response time fell from 9 hours to 2, " +
        "mostly because we stopped routing every ticket through one inbox. Each product area now owns its queue, " +
        "and the on-call engineer reviews the oldest five tickets every morning.\n\n" +
        "Two things did not work: a chatbot that answered billing questions badly, and a weekly report nobody read. " +
        "We removed both. Next quarter we will publish the queue dashboards at https://example.com/status so " +
        "customers can see waiting times. Thanks @priya and @tom \U0001F64F #customersupport #operations #saas";

    public string Name => "platform-fit";

    public string Description => "Time the platform-fit check (typical post, 5 MB); optional: <folder> of .txt to survey findings";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var checker = new PlatformFitChecker();
        var huge = BuildHugeDraft();
        Console.WriteLine($"{"platform",-18} {"typical post (µs)",18} {"5 MB draft (ms)",16}");
        foreach (var key in PlatformRulesCatalog.Default.Keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var typical = Time(() => checker.Check(key, TypicalPost), 2000) * 1000;
            var large = Time(() => checker.Check(key, huge), 3);
            Console.WriteLine($"{key,-18} {typical,18:0.0} {large,16:0}");
        }

        if (args.Length > 0)
        {
            Survey(checker, args[0], args.Length > 1 ? args[1] : "linkedin");
        }

        return Task.FromResult(0);
    }

    /// <summary>Median milliseconds per call after a warm-up.</summary>
    private static double Time(Action action, int iterations)
    {
        action();
        var samples = new List<double>();
        var batch = Math.Max(1, iterations / 10);
        for (var i = 0; i < Math.Min(iterations, 10); i++)
        {
            var stopwatch = Stopwatch.StartNew();
            for (var j = 0; j < batch; j++)
            {
                action();
            }

            samples.Add(stopwatch.Elapsed.TotalMilliseconds / batch);
        }

        samples.Sort();
        return samples[samples.Count / 2];
    }

    /// <summary>Checks post-sized chunks (paragraphs joined up to ~1,200 characters) of every .txt file.</summary>
    private static void Survey(PlatformFitChecker checker, string folder, string platform)
    {
        var chunks = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories)
            .SelectMany(file => PostSizedChunks(File.ReadAllText(file)))
            .ToList();
        var fired = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in chunks)
        {
            var report = checker.Check(platform, chunk);
            foreach (var key in report.Findings.Select(f => f.TellId ?? f.Code).Distinct())
            {
                fired[key] = fired.GetValueOrDefault(key) + 1;
            }
        }

        Console.WriteLine($"\n{chunks.Count} post-sized chunks checked for {platform}; chunks with each finding:");
        foreach (var (key, count) in fired.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"  {key,-30} {count,5}  ({100.0 * count / chunks.Count:0.0}%)");
        }
    }

    private static IEnumerable<string> PostSizedChunks(string text)
    {
        var current = new StringBuilder();
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (current.Length > 0 && current.Length + paragraph.Length > 1200)
            {
                yield return current.ToString();
                current.Clear();
            }

            current.Append(current.Length > 0 ? "\n\n" : string.Empty).Append(paragraph);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static string BuildHugeDraft()
    {
        var builder = new StringBuilder(5 * 1024 * 1024 + TypicalPost.Length);
        while (builder.Length < 5 * 1024 * 1024)
        {
            builder.Append(TypicalPost).Append(" Thrilled to announce \u2014 it's not just a tool, it's a mindset! ");
        }

        return builder.ToString();
    }
}

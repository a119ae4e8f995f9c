using System.Diagnostics;
using System.Globalization;
using Alwrity.Domain.Analysis.VoiceMatch;

namespace Alwrity.Benchmarks;

/// <summary>
/// Times voice match of a ~1,000-word draft against a ~5,000-word reference, with a prebuilt profile and from
/// raw reference texts. Usage: voice-match [corpora folder] [iterations]. Without a corpora folder it uses
/// State of the Union-like synthetic text generated from a fixed seed.
/// </summary>
internal sealed class VoiceMatchBenchmark : ICommand
{
    public string Name => "voice-match";

    public string Description => "Time voice match (1,000-word draft vs 5,000-word reference): voice-match [corpora folder] [iterations]";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
        var (reference, draft) = args.Length > 0 && Directory.Exists(args[0]) ? FromCorpora(args[0]) : Synthetic();
        Console.WriteLine($"reference {TextChunker.CountWords(string.Join(' ', reference))} words, draft {TextChunker.CountWords(draft)} words");

        var profile = VoiceMatcher.BuildProfile(reference);
        Report("prebuilt profile", iterations, () => VoiceMatcher.Match(profile, draft), cancellationToken);
        Report("from raw texts  ", iterations, () => VoiceMatcher.Match(reference, draft), cancellationToken);
        Report("build profile   ", iterations, () => VoiceMatcher.BuildProfile(reference), cancellationToken);
        var result = VoiceMatcher.Match(profile, draft);
        Console.WriteLine($"result: score {result.Score}, verdict {result.Verdict}, confidence {result.Confidence}");
        return Task.FromResult(0);
    }

    private static void Report(string label, int iterations, Func<object> run, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Math.Max(iterations / 10, 50); i++)
        {
            run();
        }

        var times = new double[iterations];
        var cpuStarted = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < iterations && !cancellationToken.IsCancellationRequested; i++)
        {
            var started = Stopwatch.GetTimestamp();
            run();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        // CPU time per run is steadier than wall time on a shared, busy machine (it includes the GC's threads).
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStarted).TotalMilliseconds / iterations;
        Array.Sort(times);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{label}: mean {times.Average():0.000} ms, median {times[iterations / 2]:0.000} ms, p95 {times[(int)(iterations * 0.95)]:0.000} ms, CPU {cpu:0.000} ms per run ({iterations} runs)"));
    }

    private static (IReadOnlyList<string> Reference, string Draft) FromCorpora(string folder)
    {
        var sotu = Path.Combine(folder, "state_union");
        var reference = new[] { "1993-Clinton.txt", "1994-Clinton.txt" }
            .Select(f => File.ReadAllText(Path.Combine(sotu, f)))
            .ToList();
        var joined = TextChunker.Take(string.Join("\n\n", reference), 5000);
        var draft = TextChunker.Take(File.ReadAllText(Path.Combine(sotu, "1995-Clinton.txt")), 1000);
        return ([joined], draft);
    }

    private static (IReadOnlyList<string> Reference, string Draft) Synthetic()
    {
        string[] vocabulary =
        [
            "the", "of", "and", "to", "we", "our", "a", "in", "that", "is", "will", "for", "this", "it", "people",
            "America", "must", "work", "can", "new", "I", "you", "future", "jobs", "together", "more", "have", "with",
        ];
        var random = new Random(12345);
        string Text(int words)
        {
            var parts = new List<string>(words);
            for (var i = 0; i < words; i++)
            {
                var word = vocabulary[random.Next(vocabulary.Length)];
                parts.Add(i % 17 == 16 ? word + "." : i % 7 == 3 ? word + "," : word);
            }

            return string.Join(' ', parts);
        }

        return ([Text(2500), Text(2500)], Text(1000));
    }
}

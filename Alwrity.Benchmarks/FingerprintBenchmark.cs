using System.Diagnostics;
using System.Text;
using Alwrity.Domain.Analysis;

namespace Alwrity.Benchmarks;

/// <summary>
/// Single-thread fingerprint throughput on ~1 MB of English prose: fingerprint [corpora folder] [iterations] [stage].
/// Prints MB/s and bytes allocated per input byte, plus a breakdown of the main stages; a stage argument
/// ("everything", "tokenize", "vader", "accumulate") runs only the stages whose label contains it (for profilers).
/// </summary>
internal sealed class FingerprintBenchmark : ICommand
{
    private const int TargetChars = 1_000_000;

    public string Name => "fingerprint";

    public string Description => "Fingerprint throughput on ~1 MB of prose: fingerprint [corpora folder] [iterations] [stage]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var text = args.Length > 0 && Directory.Exists(args[0]) ? await FromCorpora(args[0], cancellationToken) : FromSample();
        var iterations = args.Length > 1 && int.TryParse(args[1], out var n) ? Math.Max(1, n) : 60;
        var stage = args.Length > 2 ? args[2] : "";
        Console.WriteLine($"Input: {text.Length:N0} chars ({Encoding.UTF8.GetByteCount(text):N0} UTF-8 bytes), {iterations} iterations after warm-up, single thread.");

        (string Label, Func<object> Run)[] stages =
        [
            ("fingerprint (everything)", () => FingerprintAnalyzer.Analyze(text)),
            ("  tokenize only", () => Alwrity.Domain.Analysis.Text.TextSegmenter.Segment(text)),
            ("  VADER per sentence", () => VaderOnly(text)),
            ("  accumulate (no build)", () => Accumulate(text, build: false)),
            ("  accumulate + build", () => Accumulate(text, build: true)),
        ];
        foreach (var (label, run) in stages)
        {
            if (label.Contains(stage, StringComparison.OrdinalIgnoreCase))
            {
                Measure(label, text, iterations, run);
            }
        }

        return 0;
    }

    /// <summary>Warms up, then times each iteration; reports the median (other processes share the machine) and allocations.</summary>
    private static void Measure(string label, string text, int iterations, Func<object> run)
    {
        for (var i = 0; i < 20; i++)
        {
            run(); // warm-up: JIT tiers, dynamic PGO, lazy tables
        }

        GC.Collect();
        var times = new double[iterations];
        long allocated = 0;
        for (var i = 0; i < iterations; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            run();
            times[i] = watch.Elapsed.TotalMilliseconds;
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Array.Sort(times);
        var median = times[iterations / 2];
        double bytes = Encoding.UTF8.GetByteCount(text);
        Console.WriteLine($"{label,-28} {bytes / 1e3 / median,8:F1} MB/s  {allocated / (bytes * iterations),6:F3} bytes allocated per input byte  (median {median:F1} ms, best {times[0]:F1} ms)");
    }

    private static object Accumulate(string text, bool build)
    {
        using var acc = new Alwrity.Domain.Analysis.Fingerprinting.FingerprintAccumulator([new SourceText("t", text)]);
        acc.AddAll();
        return build ? Alwrity.Domain.Analysis.Fingerprinting.FingerprintBuilder.Build(acc) : acc.Sentences.Count;
    }

    private static object VaderOnly(string text)
    {
        var segmented = Alwrity.Domain.Analysis.Text.TextSegmenter.Segment(text);
        var sum = 0.0;
        foreach (var s in segmented.Sentences)
        {
            sum += Alwrity.Domain.Analysis.Sentiment.VaderSentiment.ScoreRaw(text.AsSpan(s.Start, s.Length)).Compound;
        }

        return sum;
    }

    private static async Task<string> FromCorpora(string root, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder(TargetChars + 100_000);
        foreach (var file in NormsCommand.CorpusFiles(root))
        {
            builder.Append(await File.ReadAllTextAsync(file, cancellationToken)).Append("\n\n");
            if (builder.Length >= TargetChars)
            {
                break;
            }
        }

        return builder.ToString();
    }

    private static string FromSample()
    {
        var builder = new StringBuilder(TargetChars + 4096);
        while (builder.Length < TargetChars)
        {
            builder.Append(SampleProse.Text).Append("\n\n");
        }

        return builder.ToString();
    }
}

using System.Diagnostics;
using System.Text;
using Alwrity.Domain.Analysis;

namespace Alwrity.Benchmarks;

/// <summary>
/// Single-thread fingerprint throughput on ~1 MB of English prose: fingerprint [corpora folder] [iterations] [stage].
/// Prints MB/s and bytes allocated per input byte, plus a breakdown of the main stages; a stage argument
/// ("everything", "tokenize", "vader", "accumulate", "phrases", "describe") runs only the stages whose label contains it (for profilers).
/// </summary>
internal sealed class FingerprintBenchmark : ICommand
{
    private const int TargetChars = 1_000_000;
    private const int WarmUp = 60;

    public string Name => "fingerprint";

    public string Description => "Fingerprint throughput on ~1 MB of prose: fingerprint [corpora folder] [iterations] [stage]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var text = args.Length > 0 && Directory.Exists(args[0]) ? await FromCorpora(args[0], cancellationToken) : FromSample();
        var iterations = args.Length > 1 && int.TryParse(args[1], out var n) ? Math.Max(1, n) : 60;
        var stage = args.Length > 2 ? args[2] : "";
        Console.WriteLine($"Input: {text.Length:N0} chars ({Encoding.UTF8.GetByteCount(text):N0} UTF-8 bytes), {iterations} iterations after warm-up, single thread.");

        using var accumulator = new Alwrity.Domain.Analysis.Fingerprinting.FingerprintAccumulator([new SourceText("t", text)]);
        var accumulated = new Lazy<Alwrity.Domain.Analysis.Fingerprinting.FingerprintAccumulator>(() =>
        {
            accumulator.AddAll();
            return accumulator;
        });
        (string Label, Func<object> Run)[] stages =
        [
            ("fingerprint (everything)", () => FingerprintAnalyzer.Analyze(text)),
            ("  tokenize only", () => Alwrity.Domain.Analysis.Text.TextSegmenter.Segment(text)),
            ("  VADER alone (own tokenizer)", () => VaderOnly(text)),
            ("  accumulate (no build)", () => Accumulate(text, build: false)),
            ("  accumulate + build", () => Accumulate(text, build: true)),
            ("  go-to phrases (of one accumulated text)", () => GoToPhrases(accumulated.Value)),
            ("  describe new words (of one accumulated text)", () => DescribeNewWords(accumulated.Value)),
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

    /// <summary>
    /// Warms up, then times each iteration by the wall clock and by the process's CPU time. Other processes share the
    /// machine, so the wall clock includes time spent waiting for a core; CPU time does not and is the steadier figure.
    /// MB/s is from the median wall time; medians and bests of both are printed, with allocations.
    /// </summary>
    private static void Measure(string label, string text, int iterations, Func<object> run)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            run(); // warm-up: lazy tables, dynamic PGO, and tier-1 code for methods that run once per analysis (30 calls)
        }

        GC.Collect();
        var wall = new double[iterations];
        var cpu = new double[iterations];
        long allocated = 0;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < iterations; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            run();
            wall[i] = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Array.Sort(wall);
        Array.Sort(cpu);
        var median = wall[iterations / 2];
        double bytes = Encoding.UTF8.GetByteCount(text);
        Console.WriteLine($"{label,-28} {bytes / 1e3 / median,7:F1} MB/s  {allocated / (bytes * iterations),5:F3} B alloc/B  "
            + $"wall median {median,5:F2} best {wall[0],5:F2} ms | cpu median {cpu[iterations / 2],5:F2} best {cpu[0],5:F2} ms "
            + $"({bytes / 1e3 / cpu[iterations / 2],5:F1} MB/s)");
    }

    private static object Accumulate(string text, bool build)
    {
        using var acc = new Alwrity.Domain.Analysis.Fingerprinting.FingerprintAccumulator([new SourceText("t", text)]);
        acc.AddAll();
        return build ? Alwrity.Domain.Analysis.Fingerprinting.FingerprintBuilder.Build(acc) : acc.Sentences.Count;
    }

    private static object GoToPhrases(Alwrity.Domain.Analysis.Fingerprinting.FingerprintAccumulator acc) =>
        Alwrity.Domain.Analysis.Fingerprinting.GoToTerms.Phrases(acc, Math.Max(1, acc.Readability.Words));

    /// <summary>What the word index does once for each word of the text that is not in the shared catalog.</summary>
    private static object DescribeNewWords(Alwrity.Domain.Analysis.Fingerprinting.FingerprintAccumulator acc)
    {
        var words = acc.Words;
        var syllables = 0;
        for (var id = words.Catalog.Count; id < words.IdCount; id++)
        {
            var key = words.Info(id).Key;
            syllables += Alwrity.Domain.Analysis.Lexicon.WordProfiler.DescribeNew(key, words.Catalog).Syllables
                + Alwrity.Domain.Analysis.Sentiment.VaderLookup.OfLowerKey(key).Entry;
        }

        return syllables;
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

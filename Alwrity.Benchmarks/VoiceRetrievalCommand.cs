using System.Diagnostics;
using System.Globalization;
using Alwrity.Domain.Analysis.VoiceMatch;
using Alwrity.Domain.Analysis.VoiceMatch.Evaluation;

namespace Alwrity.Benchmarks;

/// <summary>
/// Same-author retrieval and AUC per collection (<see cref="VoiceRetrieval"/>): in-sample with the committed norms
/// (built from all three collections) and held-out with norms built from the other two collections only, for the
/// first chunk of each document (the tests' protocol) and for every chunk. Usage: voice-retrieval &lt;corpora folder&gt;.
/// </summary>
internal sealed class VoiceRetrievalCommand : ICommand
{
    public string Name => "voice-retrieval";

    public string Description => "Voice-match retrieval (top-1/top-3) and AUC, in-sample and held-out: voice-retrieval <corpora folder> [--verbose]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("Usage: voice-retrieval <corpora folder> [--verbose]");
            return 2;
        }

        var verbose = args.Contains("--verbose", StringComparer.Ordinal);
        var documents = await VoiceCorpusFiles.LoadAsync(args[0], cancellationToken);
        var started = Stopwatch.StartNew();
        Console.WriteLine($"norms {VoiceNormsStore.Default.Id}: {VoiceRetrieval.CandidateWords:N0}-word candidates vs {VoiceRetrieval.ReferenceWords:N0}-word profiles");
        foreach (var chunks in new[] { CandidateChunks.First, CandidateChunks.All })
        {
            Console.WriteLine(chunks == CandidateChunks.First ? "first chunk of each document:" : "every chunk of each document:");
            var inSample = args.Contains("--rebuild", StringComparer.Ordinal) ? HeldOut(documents, "") : VoiceNormsStore.Default;
            Print("  in-sample", VoiceRetrieval.RunAll(documents, _ => inSample, chunks), verbose);
            Print("  held-out ", VoiceRetrieval.RunAll(documents, c => HeldOut(documents, c), chunks), verbose);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done in {started.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static readonly Dictionary<string, VoiceNorms> HeldOutNorms = [];

    private static VoiceNorms HeldOut(List<VoiceCorpusDocument> documents, string collection)
    {
        if (!HeldOutNorms.TryGetValue(collection, out var norms))
        {
            norms = VoiceNormsBuilder.Build(documents.Where(d => d.Collection != collection));
            HeldOutNorms[collection] = norms;
        }

        return norms;
    }

    private static void Print(string label, IReadOnlyList<VoiceRetrievalReport> reports, bool verbose)
    {
        foreach (var report in reports)
        {
            Console.WriteLine($"{label} {report.Summary()}");
            if (verbose)
            {
                Console.WriteLine($"             {report.PerAuthorSummary()}");
            }
        }
    }
}

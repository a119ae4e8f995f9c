using System.Diagnostics;
using System.Globalization;
using Alwrity.Domain.Analysis.VoiceMatch;
using Alwrity.Domain.Analysis.VoiceMatch.Evaluation;

namespace Alwrity.Benchmarks;

/// <summary>
/// Same-author retrieval and AUC per collection (<see cref="VoiceRetrieval"/>): in-sample with the committed norms
/// (built from all three collections) and held-out with norms built from the other two collections only, for the
/// first chunk of each document and for every chunk (the tests' protocol). Usage: voice-retrieval &lt;corpora folder&gt;
/// [--verbose] (per-author hits) [--rebuild] (in-sample norms rebuilt from the corpora instead of the committed file)
/// [--reference-words N] (profiles of N words instead of 5,000; 1,000 is one other text of the author).
/// </summary>
internal sealed class VoiceRetrievalCommand : ICommand
{
    public string Name => "voice-retrieval";

    public string Description => "Voice-match retrieval (top-1/top-3) and AUC, in-sample and held-out: voice-retrieval <corpora folder> [--verbose] [--rebuild] [--reference-words N]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("Usage: voice-retrieval <corpora folder> [--verbose] [--rebuild] [--reference-words N]");
            return 2;
        }

        var verbose = args.Contains("--verbose", StringComparer.Ordinal);
        var lengthAt = Array.IndexOf(args, "--reference-words");
        var referenceWords = lengthAt > 0 && lengthAt + 1 < args.Length
            ? int.Parse(args[lengthAt + 1], CultureInfo.InvariantCulture)
            : VoiceRetrieval.ReferenceWords;
        var documents = VoiceCorpusFiles.Load(args[0]);
        var started = Stopwatch.StartNew();
        var calibration = VoiceNormsStore.Default.Calibration;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"norms {VoiceNormsStore.Default.Id}: calibration AUC {calibration.Auc:0.000} in-sample, {calibration.CrossValidatedAuc:0.000} author-grouped cross-validated ({calibration.SamePairs} same, {calibration.DifferentPairs} different pairs)"));
        Console.WriteLine($"retrieval: {VoiceRetrieval.CandidateWords:N0}-word candidates vs {referenceWords:N0}-word profiles; held-out = norms built without the collection");
        foreach (var chunks in new[] { CandidateChunks.First, CandidateChunks.All })
        {
            Console.WriteLine(chunks == CandidateChunks.First ? "first chunk of each document:" : "every chunk of each document:");
            var inSample = args.Contains("--rebuild", StringComparer.Ordinal) ? NormsWithout(documents, "") : VoiceNormsStore.Default;
            Print("  in-sample", VoiceRetrieval.RunAll(documents, _ => inSample, chunks, referenceWords), verbose);
            Print("  held-out ", VoiceRetrieval.RunAll(documents, c => NormsWithout(documents, c), chunks, referenceWords), verbose);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done in {started.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static readonly Dictionary<string, VoiceNorms> HeldOutNorms = [];

    /// <summary>Norms built from every collection but <paramref name="collection"/> (an empty name keeps them all), once.</summary>
    private static VoiceNorms NormsWithout(IReadOnlyList<VoiceCorpusDocument> documents, string collection)
    {
        if (!HeldOutNorms.TryGetValue(collection, out var norms))
        {
            norms = VoiceNormsBuilder.Build(documents.Where(d => d.Collection != collection));
            HeldOutNorms[collection] = norms;
            var c = norms.Calibration;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  norms without '{collection}': {string.Join(", ", c.Features.Zip(c.Weights, (f, w) => $"{f} {w:0.###}"))}, intercept {c.Intercept:0.###}; match >= {c.MatchScore:0.0}, mismatch <= {c.MismatchScore:0.0}"));
        }

        return norms;
    }

    private static void Print(string label, IReadOnlyList<VoiceRetrievalReport> reports, bool verbose)
    {
        foreach (var report in reports)
        {
            Console.WriteLine($"{label} {report.Summary()}");
            Console.WriteLine($"             {report.VerdictSummary()}");
            if (verbose)
            {
                Console.WriteLine($"             {report.PerAuthorSummary()}");
            }
        }
    }
}

using System.Globalization;
using System.Text;
using Alwrity.Domain.Analysis.VoiceMatch;

namespace Alwrity.Benchmarks;

/// <summary>
/// Rebuilds Alwrity.Domain/Analysis/VoiceMatch/voice-norms.json from the public-domain corpora.
/// Usage: voice-norms &lt;corpora folder&gt; [output file]. The output is deterministic.
/// </summary>
internal sealed class VoiceNormsCommand : ICommand
{
    public string Name => "voice-norms";

    public string Description => "Rebuild voice-match norms: voice-norms <corpora folder> [output file]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("Usage: voice-norms <corpora folder> [output file]");
            return 2;
        }

        var documents = VoiceCorpusFiles.Load(args[0]);
        var started = DateTime.UtcNow;
        var norms = VoiceNormsBuilder.Build(documents);
        var output = args.Length > 1 ? args[1] : RepositoryFile.Path("Alwrity.Domain", "Analysis", "VoiceMatch", "voice-norms.json");
        await File.WriteAllTextAsync(output, VoiceNormsJson.Write(norms), new UTF8Encoding(false), cancellationToken);

        var c = norms.Calibration;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Wrote {output} in {(DateTime.UtcNow - started).TotalSeconds:0.0} s
              {norms.Documents} documents, {norms.Chunks} chunks, {norms.Words.Count} words, id {norms.Id}
              pairs: {c.SamePairs} same-author, {c.DifferentPairs} different-author
              AUC {c.Auc:0.0000} (in-sample), {c.CrossValidatedAuc:0.0000} (author-grouped cross-validation)
              thresholds: match >= {c.MatchScore:0.0}, mismatch <= {c.MismatchScore:0.0}
              weights: {string.Join(", ", c.Features.Zip(c.Weights, (f, w) => $"{f} {w:0.###}"))}, intercept {c.Intercept:0.###}
            """));
        return 0;
    }
}

using System.Text;
using Alwrity.Domain.Analysis.Norms;

namespace Alwrity.Benchmarks;

/// <summary>Rebuilds Alwrity.Domain/Analysis/Norms/background-words.tsv from the public-domain corpora.</summary>
internal sealed class NormsCommand : ICommand
{
    /// <summary>The corpus folders the norms are built from.</summary>
    public static readonly string[] Folders = ["federalist", "inaugural", "state_union"];

    public string Name => "norms";

    public string Description => "Rebuild the background word/phrase norms: norms <corpora folder> [output file]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("Usage: norms <corpora folder> [output file]");
            return 2;
        }

        var output = args.Length > 1 ? args[1] : RepositoryFile.Path("Alwrity.Domain", "Analysis", "Norms", "background-words.tsv");
        var documents = new List<string>();
        foreach (var file in CorpusFiles(args[0]))
        {
            documents.Add(await File.ReadAllTextAsync(file, Encoding.UTF8, cancellationToken));
        }

        var content = BackgroundNormsBuilder.Build(documents);
        await File.WriteAllTextAsync(output, content, new UTF8Encoding(false), cancellationToken);
        Console.WriteLine($"Wrote {output}: {documents.Count} documents, {content.Count(c => c == '\n')} lines, {content.Length:N0} chars.");
        return 0;
    }

    /// <summary>Every .txt file of the three corpus folders, in ordinal path order.</summary>
    public static IEnumerable<string> CorpusFiles(string root) =>
        Folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.txt"))
            .Order(StringComparer.Ordinal);
}

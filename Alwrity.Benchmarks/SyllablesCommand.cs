using System.Text;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Benchmarks;

/// <summary>
/// Rebuilds Alwrity.Domain/Analysis/Text/syllable-dictionary.tsv from the CMU Pronouncing Dictionary
/// (the file "cmudict.dict" of the cmusphinx/cmudict repository, BSD-style licence).
/// </summary>
internal sealed class SyllablesCommand : ICommand
{
    public string Name => "syllables";

    public string Description => "Rebuild the syllable dictionary: syllables <cmudict.dict> [output file]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("Usage: syllables <cmudict.dict> [output file]");
            return 2;
        }

        var output = args.Length > 1 ? args[1] : RepositoryFile.Path("Alwrity.Domain", "Analysis", "Text", "syllable-dictionary.tsv");
        var lines = await File.ReadAllLinesAsync(args[0], Encoding.UTF8, cancellationToken);
        var content = SyllableDictionaryBuilder.Build(lines, "CMU Pronouncing Dictionary (cmudict.dict)");
        await File.WriteAllTextAsync(output, content, new UTF8Encoding(false), cancellationToken);
        Console.WriteLine($"Wrote {output}: {content.Count(c => c == '\n') - 2} words, {content.Length:N0} chars.");
        return 0;
    }
}

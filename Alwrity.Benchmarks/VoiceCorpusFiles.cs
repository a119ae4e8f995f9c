using Alwrity.Domain.Analysis.VoiceMatch;

namespace Alwrity.Benchmarks;

/// <summary>Reads the background corpora folder (a folder per collection with an authors.tsv) into documents.</summary>
internal static class VoiceCorpusFiles
{
    public static async Task<List<VoiceCorpusDocument>> LoadAsync(string corporaFolder, CancellationToken cancellationToken)
    {
        var documents = new List<VoiceCorpusDocument>();
        foreach (var collection in VoiceCorpusLayout.Collections)
        {
            var folder = Path.Combine(corporaFolder, collection);
            var authors = await File.ReadAllTextAsync(Path.Combine(folder, "authors.tsv"), cancellationToken);
            documents.AddRange(VoiceCorpusLayout.Documents(collection, authors, f => File.ReadAllText(Path.Combine(folder, f))));
        }

        return documents;
    }
}

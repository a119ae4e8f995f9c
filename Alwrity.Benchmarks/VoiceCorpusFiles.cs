using Alwrity.Domain.Analysis.VoiceMatch;

namespace Alwrity.Benchmarks;

/// <summary>Reads the background corpora folder (a folder per collection with an authors.tsv) into documents.</summary>
internal static class VoiceCorpusFiles
{
    public static IReadOnlyList<VoiceCorpusDocument> Load(string corporaFolder) =>
        VoiceCorpusLayout.AllDocuments((collection, file) => File.ReadAllText(Path.Combine(corporaFolder, collection, file)));
}

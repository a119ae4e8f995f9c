using System.Collections.Concurrent;
using Alwrity.Domain.Analysis.VoiceMatch;
using Alwrity.Domain.Analysis.VoiceMatch.Evaluation;
using Alwrity.Tests.TestSupport;

namespace Alwrity.Tests.Analysis.VoiceMatch;

/// <summary>The background corpora as voice-match documents, loaded once for all voice-match tests.</summary>
internal static class VoiceCorpora
{
    private static readonly Lazy<IReadOnlyList<VoiceCorpusDocument>> Loaded = new(Load);

    private static readonly ConcurrentDictionary<string, Lazy<VoiceNorms>> HeldOut = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<(string Collection, VoiceNorms Norms), Lazy<VoiceRetrievalReport>> Retrievals = new();

    public static IReadOnlyList<VoiceCorpusDocument> All => Loaded.Value;

    public static IReadOnlyList<VoiceCorpusDocument> In(string collection) =>
        [.. All.Where(d => d.Collection == collection)];

    public static string Text(string collection, string name) =>
        All.Single(d => d.Collection == collection && d.Name == name).Text;

    /// <summary>Norms built from every collection except <paramref name="collection"/> (built once, shared by tests).</summary>
    public static VoiceNorms NormsWithout(string collection) =>
        HeldOut.GetOrAdd(collection, c => new Lazy<VoiceNorms>(() => VoiceNormsBuilder.Build(All.Where(d => d.Collection != c)))).Value;

    /// <summary>
    /// Every-chunk retrieval of a collection with the given norms, run once and shared by the tests that read it
    /// (top-1 accuracy in one, verdict shares in another).
    /// </summary>
    public static VoiceRetrievalReport Retrieval(string collection, VoiceNorms norms) =>
        Retrievals.GetOrAdd((collection, norms), key => new Lazy<VoiceRetrievalReport>(
            () => VoiceRetrieval.Run(key.Collection, All, key.Norms, CandidateChunks.All))).Value;

    /// <summary>The documents of each labelled author of a collection, in file order.</summary>
    public static Dictionary<string, List<VoiceCorpusDocument>> ByAuthor(string collection) =>
        In(collection).Where(d => d.Author is not null)
            .GroupBy(d => d.Author!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    /// <summary>
    /// About <paramref name="words"/> words drawn evenly from the documents (an equal share from the start of each,
    /// more from the longer ones when some are short), so one long or unusual document does not make the profile.
    /// </summary>
    public static List<string> Reference(IEnumerable<VoiceCorpusDocument> documents, int words) =>
        VoiceReferenceSampler.EvenShares([.. documents.Select(d => d.Text)], words);

    private static IReadOnlyList<VoiceCorpusDocument> Load() =>
        VoiceCorpusLayout.AllDocuments((collection, file) => File.ReadAllText(Path.Combine(SharedCorpora.Folder(collection), file)));
}

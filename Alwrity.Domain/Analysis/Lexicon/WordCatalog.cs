using Alwrity.Domain.Analysis.Norms;
using Alwrity.Domain.Analysis.Sentiment;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>A compiled phrase marker: the word ids it spans (last id is the tail) and its kind.</summary>
internal readonly record struct CompiledMarker(int[] Ids, MarkerKind Kind);

/// <summary>
/// The shared, read-only vocabulary: every background word and list word with its precomputed <see cref="WordInfo"/>,
/// under a dense id. Built once on first use; safe to read from many threads.
/// </summary>
internal sealed class WordCatalog
{
    private static readonly Lazy<WordCatalog> Instance = new(() => new WordCatalog(BackgroundNorms.Shared), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, int> _ids;
    private readonly CompiledMarker[]?[] _markersByTail;
    private readonly int[] _ranks;

    private WordCatalog(BackgroundNorms norms)
    {
        Norms = norms;
        var markerWords = Markers.All.Select(m => m.Phrase.Split(' ')).ToList();
        var tails = new HashSet<string>(markerWords.Select(w => w[^1]), StringComparer.Ordinal);
        var keys = new SortedSet<string>(norms.Words.Keys, StringComparer.Ordinal);
        keys.UnionWith(markerWords.SelectMany(w => w));
        keys.UnionWith(FunctionWords.All);
        foreach (var list in new[] { WordLists.Fillers, WordLists.Verbs, WordLists.Adverbs, WordLists.Adjectives, WordLists.Prepositions,
                     WordLists.Interjections, WordLists.OtherPronouns, WordLists.FirstPersonSingular, WordLists.FirstPersonPlural,
                     WordLists.SecondPerson, WordLists.ThirdPerson, WordLists.ImperativeOpeners, WordLists.PassiveAuxiliaries })
        {
            keys.UnionWith(list);
        }

        _ids = new Dictionary<string, int>(keys.Count, StringComparer.Ordinal);
        Infos = new WordInfo[keys.Count];
        Vader = new VaderLookup[keys.Count];
        _ranks = new int[keys.Count];
        foreach (var key in keys)
        {
            var id = _ids.Count;
            _ids[key] = id;
            _ranks[id] = norms.Ranks.TryGetValue(key, out var rank) ? rank : int.MaxValue;
            Infos[id] = WordProfiler.Describe(key, norms, tails.Contains(key));
            Vader[id] = VaderLookup.OfLowerKey(key);
        }

        Lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Table = new WordKeyTable(keys.Count, pooled: false);
        Span<char> padded = stackalloc char[WordKey.MaxLength + WordKey.BlockLength];
        foreach (var key in keys)
        {
            padded.Clear();
            key.CopyTo(padded);
            Table.Add(padded, key.Length, WordKeyTable.Hash(padded, key.Length));
        }

        _markersByTail = new CompiledMarker[keys.Count][];
        var byTail = Markers.All
            .Select(m => new CompiledMarker(m.Phrase.Split(' ').Select(w => _ids[w]).ToArray(), m.Kind))
            .GroupBy(m => m.Ids[^1]);
        foreach (var group in byTail)
        {
            _markersByTail[group.Key] = group.ToArray();
        }
    }

    public static WordCatalog Shared => Instance.Value;

    public BackgroundNorms Norms { get; }

    public WordInfo[] Infos { get; }

    /// <summary>VADER's entry for each word id (the key is VADER's lookup key when the word is written in ASCII).</summary>
    public VaderLookup[] Vader { get; }

    public int Count => Infos.Length;

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>The same ids in a compact table for the per-word lookup of the word pass.</summary>
    public WordKeyTable Table { get; }

    /// <summary>Background rank of a block-padded key (int.MaxValue when it has none): every ranked word is in the catalog.</summary>
    public int RankOf(ReadOnlySpan<char> key, int length)
    {
        var id = Find(key, length, WordKeyTable.Hash(key, length));
        return id < 0 ? int.MaxValue : _ranks[id];
    }

    /// <summary>Id of a block-padded key (see <see cref="WordKey.WriteBlocks"/>), or -1.</summary>
    public int Find(ReadOnlySpan<char> key, int length, uint hash)
    {
        return Table.Find(key, length, hash);
    }

    /// <summary>Markers ending in the word <paramref name="tailId"/> (empty when none).</summary>
    public CompiledMarker[] MarkersEndingWith(int tailId) =>
        (uint)tailId < (uint)_markersByTail.Length ? _markersByTail[tailId] ?? [] : [];
}

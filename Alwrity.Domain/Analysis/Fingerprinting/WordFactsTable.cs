using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary><see cref="WordFacts"/> by word id: the shared catalog's once, words new to this analysis as they appear.</summary>
internal sealed class WordFactsTable : IDisposable
{
    private static readonly Lazy<WordFacts[]> Shared = new(() => Describe(WordCatalog.Shared), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WordIndex _words;
    private readonly WordFacts[] _catalog;
    private readonly PooledList<WordFacts> _local = new(256);

    public WordFactsTable(WordIndex words)
    {
        _words = words;
        _catalog = ReferenceEquals(words.Catalog, WordCatalog.Shared) ? Shared.Value : Describe(words.Catalog);
    }

    /// <summary>The facts of <paramref name="id"/> (an id just returned by the word index).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public WordFacts Of(int id) => (uint)id < (uint)_catalog.Length ? _catalog[id] : OfLocal(id);

    private WordFacts OfLocal(int id)
    {
        var local = id - _catalog.Length;
        while (_local.Count <= local)
        {
            _local.Add(WordFacts.Of(_words.Info(_catalog.Length + _local.Count)));
        }

        return _local[local];
    }

    private static WordFacts[] Describe(WordCatalog catalog)
    {
        var facts = new WordFacts[catalog.Count];
        for (var id = 0; id < facts.Length; id++)
        {
            facts[id] = WordFacts.Of(catalog.Infos[id]);
        }

        return facts;
    }

    public void Dispose() => _local.Dispose();
}

using System.Buffers;
using System.Runtime.Intrinsics;
using Alwrity.Domain.Analysis.Sentiment;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>
/// Per-analysis word ids and counts: shared catalog words first (no allocation), then words new to this text
/// (one string each, described once). Counts live in a rented array; only touched ids are cleared on dispose.
/// </summary>
internal sealed partial class WordIndex : IDisposable
{
    private readonly WordCatalog _catalog;
    private readonly WordKeyTable _local = new(1024, pooled: true);
    private readonly SeenWords _seen = new();
    private readonly List<WordInfo> _localInfos = [];
    private readonly List<VaderLookup> _localVader = [];
    private int[] _counts;

    public WordIndex(WordCatalog catalog)
    {
        _catalog = catalog;
        _counts = ArrayPool<int>.Shared.Rent(catalog.Count + 1024);
        Array.Clear(_counts, 0, _counts.Length);
        Touched = [];
    }

    /// <summary>Ids seen at least once, in order of first appearance.</summary>
    public List<int> Touched { get; }

    /// <summary>Distinct words seen.</summary>
    public int Distinct => Touched.Count;

    public int IdCount => _catalog.Count + _localInfos.Count;

    public WordCatalog Catalog => _catalog;

    public ref readonly WordInfo Info(int id) =>
        ref id < _catalog.Count ? ref _catalog.Infos[id] : ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_localInfos)[id - _catalog.Count];

    public ref readonly VaderLookup Vader(int id) =>
        ref id < _catalog.Count ? ref _catalog.Vader[id] : ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_localVader)[id - _catalog.Count];

    public int CountOf(int id) => _counts[id];

    /// <summary>
    /// Finds (or adds) the id of a word key and counts one occurrence. <paramref name="key"/> is zero padded to
    /// whole blocks beyond <paramref name="length"/> (as <see cref="WordKey.WriteBlocks"/> writes it).
    /// </summary>
    public int Add(ReadOnlySpan<char> key, int length)
    {
        var id = Resolve(key, length, WordKeyTable.Hash(key, length));
        if (_counts[id]++ == 0)
        {
            Touched.Add(id);
        }

        return id;
    }

    /// <summary>
    /// <see cref="Add"/> for a key of at most <see cref="SeenWords.MaxLength"/> characters given as its two blocks
    /// (zero beyond its length), written into <paramref name="scratch"/> first. The word pass queues keys instead
    /// (<see cref="FindOrQueueShort"/>); this one-at-a-time path is what the batched one is checked against.
    /// </summary>
    public int AddShort(Vector128<ushort> low, Vector128<ushort> high, int length, Span<char> scratch)
    {
        WordKey.StoreShort(low, high, scratch);
        return Add(scratch, length);
    }

    private int Find(ReadOnlySpan<char> key, int length, uint hash)
    {
        var id = _catalog.Find(key, length, hash);
        if (id < 0)
        {
            var local = _local.Find(key, length, hash);
            id = local >= 0 ? _catalog.Count + local : AddLocal(key, length, hash);
        }

        return id;
    }

    private int AddLocal(ReadOnlySpan<char> key, int length, uint hash)
    {
        var word = key[..length].ToString();
        var id = _catalog.Count + _local.Add(key, length, hash);
        _localInfos.Add(WordProfiler.DescribeNew(word, _catalog));
        _localVader.Add(VaderLookup.OfLowerKey(word));
        if (id >= _counts.Length)
        {
            var bigger = ArrayPool<int>.Shared.Rent(_counts.Length * 2);
            Array.Clear(bigger, 0, bigger.Length);
            _counts.AsSpan().CopyTo(bigger);
            ArrayPool<int>.Shared.Return(_counts);
            _counts = bigger;
        }

        return id;
    }

    public void Dispose()
    {
        _local.Dispose();
        _seen.Dispose();
        _pending.Dispose();
        foreach (var id in Touched)
        {
            _counts[id] = 0;
        }

        if (_counts.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_counts);
            _counts = [];
        }
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>
/// The word pass's way in: a key met before in this analysis is found in <see cref="SeenWords"/> at once; any other
/// key is queued, and a full queue is looked up in one loop (<see cref="ResolvePending"/>). Its first lookups in the
/// shared table miss the cache; in a loop of their own, all the batch's slots are read first, so those misses overlap
/// instead of each stalling the word pass. Ids are still given in order of first appearance, and counting is a pass
/// of its own (<see cref="CountAll"/>), so ids, counts and <see cref="Touched"/> are exactly those of <see cref="Add"/>.
/// </summary>
internal sealed partial class WordIndex
{
    private readonly PendingWords _pending = new();
    private ulong _prefetchSink;

    /// <summary>True when <see cref="ResolvePending"/> must run before another key is queued.</summary>
    public bool HasFullBatch => _pending.IsFull;

    /// <summary>
    /// The id of a key of at most <see cref="SeenWords.MaxLength"/> characters given as its two blocks (zero beyond
    /// its length), or -1 when it is queued: then <see cref="ResolvePending"/> writes its id at
    /// <paramref name="position"/> of the stream. Nothing is counted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FindOrQueueShort(Vector128<ushort> low, Vector128<ushort> high, int length, int position)
    {
        if (SeenWords.TryNarrow(low, high, out var narrow))
        {
            var id = _seen.Find(SeenWords.Hash(narrow, length), length, narrow);
            if (id >= 0)
            {
                return id;
            }
        }

        _pending.AddShort(low, high, length, position);
        return -1;
    }

    /// <summary><see cref="FindOrQueueShort"/> for a block-padded key of any length.</summary>
    public int FindOrQueue(ReadOnlySpan<char> key, int length, int position)
    {
        if (length <= SeenWords.MaxLength && SeenWords.TryNarrow(key, length, out var narrow))
        {
            var id = _seen.Find(SeenWords.Hash(narrow, length), length, narrow);
            if (id >= 0)
            {
                return id;
            }
        }

        _pending.Add(key, length, position);
        return -1;
    }

    /// <summary>Finds (or adds) the id of every queued key, in the order queued, and writes it into <paramref name="stream"/>.</summary>
    public void ResolvePending(Span<int> stream)
    {
        var tags = 0UL;
        for (var i = 0; i < _pending.Count; i++)
        {
            var hash = WordKeyTable.Hash(_pending.Key(i), _pending.Length(i));
            _pending.SetHash(i, hash);
            tags |= _catalog.Table.HomeTag(hash); // independent loads: the cache misses overlap
        }

        _prefetchSink |= tags; // kept, so the loads above are not dropped
        for (var i = 0; i < _pending.Count; i++)
        {
            stream[_pending.Position(i)] = Resolve(_pending.Key(i), _pending.Length(i), _pending.Hash(i));
        }

        _pending.Clear();
    }

    /// <summary>Counts one occurrence of each id (in order, so <see cref="Touched"/> keeps the order of first appearance).</summary>
    public void CountAll(ReadOnlySpan<int> ids)
    {
        var counts = _counts;
        foreach (var id in ids)
        {
            if (counts[id]++ == 0)
            {
                Touched.Add(id);
            }
        }
    }

    /// <summary>A queued key: an earlier key of the same batch may have been the same word.</summary>
    private int Resolve(ReadOnlySpan<char> key, int length, uint hash)
    {
        if (length > SeenWords.MaxLength || !SeenWords.TryNarrow(key, length, out var narrow))
        {
            return Find(key, length, hash);
        }

        var seenHash = SeenWords.Hash(narrow, length);
        var id = _seen.FindOrReserve(seenHash, length, narrow, out var slot);
        if (id < 0)
        {
            id = Find(key, length, hash);
            _seen.Fill(slot, seenHash, length, narrow, id);
        }

        return id;
    }
}

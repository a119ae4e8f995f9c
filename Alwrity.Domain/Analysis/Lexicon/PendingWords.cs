using System.Buffers;
using System.Runtime.Intrinsics;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>
/// Word keys the word pass met for the first time (or could not look up in the per-analysis table), queued with the
/// place in the word stream that waits for their id, so that <see cref="WordIndex"/> can look a whole batch up in the
/// shared table at once (see WordIndex.Batch). Keys are kept block padded, as <see cref="WordKey.WriteBlocks"/> writes them.
/// </summary>
internal sealed class PendingWords : IDisposable
{
    /// <summary>Keys queued before a batch is looked up.</summary>
    public const int BatchSize = 64;

    private const int KeyRoom = WordKey.MaxLength;
    private char[] _keys = ArrayPool<char>.Shared.Rent(BatchSize * KeyRoom);
    private int[] _entries = ArrayPool<int>.Shared.Rent(3 * BatchSize); // length, position, hash of each entry

    public int Count { get; private set; }

    public bool IsFull => Count == BatchSize;

    /// <summary>Queues a key given as its two blocks (zero beyond its length, at most 16 characters).</summary>
    public void AddShort(Vector128<ushort> low, Vector128<ushort> high, int length, int position)
    {
        WordKey.StoreShort(low, high, _keys.AsSpan(Count * KeyRoom, KeyRoom));
        Queue(length, position);
    }

    /// <summary>Queues a block-padded key of <paramref name="length"/> characters (at most <see cref="WordKey.MaxLength"/>).</summary>
    public void Add(ReadOnlySpan<char> key, int length, int position)
    {
        key[..WordKey.Padded(length)].CopyTo(_keys.AsSpan(Count * KeyRoom, KeyRoom));
        Queue(length, position);
    }

    /// <summary>The block-padded key of entry <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Key(int i) => _keys.AsSpan(i * KeyRoom, KeyRoom);

    public int Length(int i) => _entries[3 * i];

    /// <summary>Where in the word stream entry <paramref name="i"/>'s id goes.</summary>
    public int Position(int i) => _entries[(3 * i) + 1];

    /// <summary>The shared table's hash of entry <paramref name="i"/>, once <see cref="SetHash"/> stored it.</summary>
    public uint Hash(int i) => (uint)_entries[(3 * i) + 2];

    public void SetHash(int i, uint hash) => _entries[(3 * i) + 2] = (int)hash;

    public void Clear() => Count = 0;

    private void Queue(int length, int position)
    {
        _entries[3 * Count] = length;
        _entries[(3 * Count) + 1] = position;
        Count++;
    }

    public void Dispose()
    {
        if (_keys.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_keys);
            ArrayPool<int>.Shared.Return(_entries);
            (_keys, _entries) = ([], []);
        }
    }
}

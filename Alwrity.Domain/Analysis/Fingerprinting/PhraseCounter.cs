using System.Buffers;

namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>
/// Counts packed n-gram keys in an open-addressing table over rented arrays (linear probing, power-of-two size),
/// so counting phrases allocates nothing per analysis.
/// </summary>
internal sealed class PhraseCounter : IDisposable
{
    private const long Empty = long.MaxValue;
    private long[] _keys;
    private int[] _counts;
    private int _mask;

    public PhraseCounter(int expected)
    {
        var size = 1024;
        while (size < expected * 2)
        {
            size *= 2;
        }

        (_keys, _counts, _mask) = Allocate(size);
    }

    public int Count { get; private set; }

    public void Increment(long key)
    {
        var slot = Find(_keys, _mask, key);
        if (_keys[slot] == Empty)
        {
            _keys[slot] = key;
            _counts[slot] = 0;
            if (++Count * 2 > _mask)
            {
                _counts[slot]++;
                Grow();
                return;
            }
        }

        _counts[slot]++;
    }

    /// <summary>Keys counted at least <paramref name="minimum"/> times.</summary>
    public IEnumerable<(long Key, int Count)> AtLeast(int minimum)
    {
        for (var i = 0; i <= _mask; i++)
        {
            if (_keys[i] != Empty && _counts[i] >= minimum)
            {
                yield return (_keys[i], _counts[i]);
            }
        }
    }

    private static int Find(long[] keys, int mask, long key)
    {
        var slot = (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 40) & mask;
        while (keys[slot] != Empty && keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private static (long[] Keys, int[] Counts, int Mask) Allocate(int size)
    {
        var keys = ArrayPool<long>.Shared.Rent(size);
        var counts = ArrayPool<int>.Shared.Rent(size);
        keys.AsSpan(0, size).Fill(Empty);
        return (keys, counts, size - 1);
    }

    private void Grow()
    {
        var (oldKeys, oldCounts, oldMask) = (_keys, _counts, _mask);
        (_keys, _counts, _mask) = Allocate((oldMask + 1) * 2);
        for (var i = 0; i <= oldMask; i++)
        {
            if (oldKeys[i] != Empty)
            {
                var slot = Find(_keys, _mask, oldKeys[i]);
                _keys[slot] = oldKeys[i];
                _counts[slot] = oldCounts[i];
            }
        }

        ArrayPool<long>.Shared.Return(oldKeys);
        ArrayPool<int>.Shared.Return(oldCounts);
    }

    public void Dispose()
    {
        if (_keys.Length > 0)
        {
            ArrayPool<long>.Shared.Return(_keys);
            ArrayPool<int>.Shared.Return(_counts);
            _keys = [];
            _counts = [];
        }
    }
}

using System.Numerics;

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Counts of packed character n-grams in an open-addressing hash table (linear probing, Fibonacci hashing).
/// Keys are never 0 (n-grams hold no NUL), so 0 marks an empty slot. Several times faster than a Dictionary here.
/// </summary>
internal sealed class NGramTable
{
    private ulong[] keys;
    private int[] counts;
    private int shift;

    public NGramTable(int capacity = 4096)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 16));
        keys = new ulong[size];
        counts = new int[size];
        shift = 64 - BitOperations.Log2((uint)size);
    }

    /// <summary>Past this many distinct n-grams (only garbage input gets there) new ones are not stored.</summary>
    public const int MaxDistinct = 1 << 20;

    /// <summary>Distinct n-grams.</summary>
    public int Count { get; private set; }

    public void Increment(ulong key) => Add(key, 1);

    public void Add(ulong key, int amount)
    {
        var mask = keys.Length - 1;
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
        while (true)
        {
            var existing = keys[slot];
            if (existing == key)
            {
                counts[slot] += amount;
                return;
            }

            if (existing == 0)
            {
                if (Count >= MaxDistinct)
                {
                    return;
                }

                keys[slot] = key;
                counts[slot] = amount;
                if (++Count * 2 > keys.Length)
                {
                    Grow();
                }

                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    public int Get(ulong key)
    {
        var mask = keys.Length - 1;
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
        while (true)
        {
            var existing = keys[slot];
            if (existing == key)
            {
                return counts[slot];
            }

            if (existing == 0)
            {
                return 0;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Every (key, count) pair, in table order.</summary>
    public IEnumerable<KeyValuePair<ulong, int>> Entries()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                yield return new(keys[i], counts[i]);
            }
        }
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldCounts = counts;
        keys = new ulong[oldKeys.Length * 2];
        counts = new int[oldKeys.Length * 2];
        shift--;
        var mask = keys.Length - 1;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] == 0)
            {
                continue;
            }

            var slot = (int)((oldKeys[i] * 0x9E3779B97F4A7C15UL) >> shift);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = oldKeys[i];
            counts[slot] = oldCounts[i];
        }
    }
}

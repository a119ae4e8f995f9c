using System.Buffers;
using System.Runtime.InteropServices;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>
/// Word keys → dense ids in an open-addressing table (linear probing, power-of-two size, at most half
/// full). Keys are handled as whole 8-character blocks, zero padded (see <see cref="Text.WordKey.WriteBlocks"/>):
/// a slot holds the hash, length, id and first block, so a key of up to eight characters is found by reading one
/// 32-byte slot, with no loop over its characters; later blocks are compared against one shared buffer.
/// Arrays are rented when <c>pooled</c> (per-analysis tables) and must then be returned with <see cref="Dispose"/>.
/// </summary>
internal sealed partial class WordKeyTable : IDisposable
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;
    private const int MaxKeyLength = 127;
    private const int MaxIds = 1 << 24;
    private readonly bool _pooled;
    private Slot[] _slots;
    private char[] _tails;
    private int _mask;
    private int _tailCount;

    public WordKeyTable(int expected, bool pooled)
    {
        _pooled = pooled;
        var size = 16;
        while (size < expected * 2)
        {
            size *= 2;
        }

        _slots = Rent<Slot>(size);
        Array.Clear(_slots, 0, size);
        _mask = size - 1;
        _tails = Rent<char>(Math.Max(64, expected * 4));
    }

    public int Count { get; private set; }

    /// <summary>Hash of a block-padded key (<paramref name="key"/> holds whole blocks beyond <paramref name="length"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<char> key, int length)
    {
        var words = MemoryMarshal.Cast<char, ulong>(key[..WordKey.Padded(length)]);
        var h = (ulong)length * Multiplier;
        foreach (var word in words)
        {
            h = (ulong.RotateLeft(h, 27) ^ word) * Multiplier;
        }

        return (uint)((h ^ (h >> 31)) >> 32);
    }

    /// <summary>The id of the block-padded <paramref name="key"/> of <paramref name="length"/> characters, or -1.</summary>
    public int Find(ReadOnlySpan<char> key, int length, uint hash)
    {
        var words = MemoryMarshal.Cast<char, ulong>(key);
        var tag = Slot.TagOf(hash, length);
        var slot = (int)hash & _mask;
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Matches(tag, words[0], words[1]) && (length <= WordKey.BlockLength || TailEquals(entry, key, length)))
            {
                return entry.Id;
            }

            if (!entry.Occupied)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The tag of the slot where a key of <paramref name="hash"/> would be looked for first (read to bring it into the cache).</summary>
    public ulong HomeTag(uint hash) => _slots[(int)hash & _mask].Tag;

    /// <summary>Adds a block-padded key that is not in the table yet and returns its id (ids count up from 0).</summary>
    public int Add(ReadOnlySpan<char> key, int length, uint hash)
    {
        if (length > MaxKeyLength || Count >= MaxIds)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "Word keys are at most 127 characters and 2^24 words.");
        }

        var id = Count++;
        if (Count * 2 > _mask + 1)
        {
            GrowSlots();
        }

        var tail = _tailCount;
        var tailLength = WordKey.Padded(length) - WordKey.BlockLength;
        if (tailLength > 0)
        {
            EnsureTailRoom(tailLength);
            key.Slice(WordKey.BlockLength, tailLength).CopyTo(_tails.AsSpan(tail));
            _tailCount += tailLength;
        }

        var words = MemoryMarshal.Cast<char, ulong>(key);
        Place(_slots, _mask, new Slot(Slot.TagOf(hash, length) | (uint)id, words[0], words[1], tail));
        return id;
    }

    private bool TailEquals(in Slot entry, ReadOnlySpan<char> key, int length)
    {
        var tailLength = WordKey.Padded(length) - WordKey.BlockLength;
        var stored = _tails.AsSpan(entry.Tail, tailLength);
        if (tailLength == WordKey.BlockLength)
        {
            var mine = MemoryMarshal.Cast<char, ulong>(key.Slice(WordKey.BlockLength, WordKey.BlockLength));
            var theirs = MemoryMarshal.Cast<char, ulong>(stored);
            return ((mine[0] ^ theirs[0]) | (mine[1] ^ theirs[1])) == 0; // keys of 9 to 16 characters: one block
        }

        return key.Slice(WordKey.BlockLength, tailLength).SequenceEqual(stored);
    }

    private static void Place(Slot[] slots, int mask, Slot entry)
    {
        var slot = (int)(entry.Tag >> 32) & mask;
        while (slots[slot].Occupied)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = entry;
    }

    private void GrowSlots()
    {
        var size = (_mask + 1) * 2;
        var bigger = Rent<Slot>(size);
        Array.Clear(bigger, 0, size);
        for (var i = 0; i <= _mask; i++)
        {
            if (_slots[i].Occupied)
            {
                Place(bigger, size - 1, _slots[i]);
            }
        }

        Return(_slots);
        _slots = bigger;
        _mask = size - 1;
    }

    private void EnsureTailRoom(int length)
    {
        if (_tailCount + length > _tails.Length)
        {
            var bigger = Rent<char>(Math.Max(_tails.Length * 2, _tailCount + length));
            _tails.AsSpan(0, _tailCount).CopyTo(bigger);
            Return(_tails);
            _tails = bigger;
        }
    }

    private T[] Rent<T>(int size) => _pooled ? ArrayPool<T>.Shared.Rent(size) : new T[size];

    private void Return<T>(T[] array)
    {
        if (_pooled && array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }

    public void Dispose()
    {
        Return(_slots);
        Return(_tails);
        _slots = [];
        _tails = [];
    }
}

using System.Buffers;
using System.Runtime.InteropServices;

namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>
/// Word keys → dense ids in an open-addressing table (linear probing, power-of-two size, at most half full). Each
/// slot holds the key's hash, length and first four characters, so looking up a short, frequent word reads one
/// slot and nothing else; longer keys compare the rest against one shared character buffer. Arrays are rented
/// when <c>pooled</c> (per-analysis tables) and must then be returned with <see cref="Dispose"/>.
/// </summary>
internal sealed class WordKeyTable : IDisposable
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;
    private const int MaxKeyLength = 127;
    private const int MaxIds = 1 << 24;
    private readonly bool _pooled;
    private Slot[] _slots;
    private char[] _chars;
    private int[] _starts;
    private int _mask;
    private int _charCount;

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
        _chars = Rent<char>(Math.Max(64, expected * 8));
        _starts = Rent<int>(Math.Max(16, expected + 1));
    }

    public int Count { get; private set; }

    /// <summary>The first four characters of a key packed in one number (zero padded): part of the hash and the slot.</summary>
    public static ulong Prefix(ReadOnlySpan<char> key) => Pack(key, 0);

    public static uint Hash(ReadOnlySpan<char> key, ulong prefix)
    {
        var h = (prefix ^ (ulong)key.Length) * Multiplier;
        for (var i = 4; i < key.Length; i += 4)
        {
            h = (ulong.RotateLeft(h, 23) ^ Pack(key, i)) * Multiplier;
        }

        return (uint)((h ^ (h >> 29)) >> 32);
    }

    /// <summary>The id of <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key, uint hash, ulong prefix)
    {
        var slot = (int)hash & _mask;
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (!entry.Occupied)
            {
                return -1;
            }

            if (entry.Hash == hash && entry.Prefix == prefix && entry.Length == key.Length
                && (key.Length <= 4 || key[4..].SequenceEqual(_chars.AsSpan(_starts[entry.Id] + 4, key.Length - 4))))
            {
                return entry.Id;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Adds a key that is not in the table yet and returns its id (ids count up from 0).</summary>
    public int Add(ReadOnlySpan<char> key, uint hash, ulong prefix)
    {
        if (key.Length > MaxKeyLength || Count >= MaxIds)
        {
            throw new ArgumentOutOfRangeException(nameof(key), "Word keys are at most 127 characters and 2^24 words.");
        }

        var id = Count++;
        if (Count * 2 > _mask + 1)
        {
            GrowSlots();
        }

        EnsureKeyRoom(id, key.Length);
        _starts[id] = _charCount;
        key.CopyTo(_chars.AsSpan(_charCount));
        _charCount += key.Length;
        Place(_slots, _mask, new Slot(hash, id, key.Length, prefix));
        return id;
    }

    private static ulong Pack(ReadOnlySpan<char> key, int start)
    {
        var rest = key.Length - start;
        if (rest >= 4)
        {
            return MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(key.Slice(start, 4)));
        }

        ulong packed = 0;
        for (var i = rest - 1; i >= 0; i--)
        {
            packed = (packed << 16) | key[start + i];
        }

        return packed;
    }

    private static void Place(Slot[] slots, int mask, Slot entry)
    {
        var slot = (int)entry.Hash & mask;
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

    private void EnsureKeyRoom(int id, int length)
    {
        if (id >= _starts.Length)
        {
            _starts = Grown(_starts, _starts.Length * 2, id);
        }

        if (_charCount + length > _chars.Length)
        {
            _chars = Grown(_chars, Math.Max(_chars.Length * 2, _charCount + length), _charCount);
        }
    }

    private T[] Grown<T>(T[] array, int size, int used)
    {
        var bigger = Rent<T>(size);
        array.AsSpan(0, used).CopyTo(bigger);
        Return(array);
        return bigger;
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
        Return(_chars);
        Return(_starts);
        _slots = [];
        _chars = [];
        _starts = [];
    }

    /// <summary>One 16-byte slot: hash, id (24 bits), key length (7 bits), an occupied bit and the first four characters.</summary>
    private readonly struct Slot(uint hash, int id, int length, ulong prefix)
    {
        private const int OccupiedBit = 0x80;
        private readonly uint _hash = hash;
        private readonly int _idLength = (id << 8) | OccupiedBit | length;
        private readonly ulong _prefix = prefix;

        public uint Hash => _hash;

        public ulong Prefix => _prefix;

        public int Id => _idLength >>> 8;

        public int Length => _idLength & 0x7F;

        public bool Occupied => (_idLength & OccupiedBit) != 0;
    }
}

using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>
/// Every short key one analysis has met → its id, so each distinct word is looked up in the large shared table
/// once and every later occurrence is found here. Holds keys of up to 16 characters below U+0100 (nearly every
/// word), stored as bytes: a slot is 24 bytes (tag, then the key's 16 bytes), so the table for a text of ~10,000
/// distinct words stays within the core's own cache, where the shared table (32-byte slots for every catalog word)
/// does not. Open addressing with linear probing, at most 5/8 full; grows by doubling, so time stays linear.
/// </summary>
internal sealed class SeenWords : IDisposable
{
    /// <summary>Longest key the table holds.</summary>
    public const int MaxLength = WordKey.ShortLength;

    private const int InitialSize = 4096;
    private const ulong IdMask = (1UL << 24) - 1;
    private const ulong Multiplier = 0x9E3779B97F4A7C15;
    private Slot[] _slots;
    private int _mask;
    private int _count;

    public SeenWords()
    {
        (_slots, _mask) = Allocate(InitialSize);
    }

    /// <summary>
    /// The key of <paramref name="length"/> (1 to <see cref="MaxLength"/>) characters from a block-padded
    /// <paramref name="key"/> as 16 bytes, zero beyond its length; false when a character is U+0100 or above.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryNarrow(ReadOnlySpan<char> key, int length, out Vector128<byte> narrow)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(key));
        var low = Vector128.LoadUnsafe(ref first);
        var high = length > WordKey.BlockLength ? Vector128.LoadUnsafe(ref first, WordKey.BlockLength) : Vector128<ushort>.Zero;
        return TryNarrow(low, high, out narrow);
    }

    /// <summary>Two blocks of a key (zero beyond its length) as 16 bytes; false when a character is U+0100 or above.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryNarrow(Vector128<ushort> low, Vector128<ushort> high, out Vector128<byte> narrow)
    {
        narrow = Vector128.Narrow(low, high);
        return ((low | high) & Vector128.Create((ushort)0xFF00)) == Vector128<ushort>.Zero;
    }

    /// <summary>A hash of the 16-byte key and its length (the shared table's hash is only needed on a miss).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(Vector128<byte> narrow, int length)
    {
        var key = narrow.AsUInt64();
        var h = ((key.GetElement(0) * Multiplier) ^ ulong.RotateLeft(key.GetElement(1) * Multiplier, 29) ^ (uint)length) * Multiplier;
        return (uint)(h >> 32);
    }

    /// <summary>The id stored for the key, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(uint hash, int length, Vector128<byte> narrow) => FindOrReserve(hash, length, narrow, out _);

    /// <summary>The id stored for the key, or -1 after reserving its slot: then <see cref="Fill"/> must follow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FindOrReserve(uint hash, int length, Vector128<byte> narrow, out int slot)
    {
        var tag = TagOf(hash, length);
        var key = narrow.AsUInt64();
        var (first, second) = (key.GetElement(0), key.GetElement(1));
        slot = (int)hash & _mask;
        var slots = _slots;
        while (true)
        {
            ref readonly var entry = ref slots[slot];
            if ((((entry.Tag & ~IdMask) ^ tag) | (entry.First ^ first) | (entry.Second ^ second)) == 0)
            {
                return (int)(entry.Tag & IdMask);
            }

            if (entry.Tag == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Stores the id of the key whose slot <see cref="FindOrReserve"/> returned.</summary>
    public void Fill(int slot, uint hash, int length, Vector128<byte> narrow, int id)
    {
        var key = narrow.AsUInt64();
        _slots[slot] = new Slot(TagOf(hash, length) | (uint)id, key.GetElement(0), key.GetElement(1));
        if (++_count * 8 > (_mask + 1) * 5)
        {
            Grow();
        }
    }

    /// <summary>Hash (32 bits), occupied bit, length (7 bits); the id goes in the low 24 bits.</summary>
    private static ulong TagOf(uint hash, int length) => ((ulong)hash << 32) | (1UL << 31) | ((ulong)length << 24);

    private void Grow()
    {
        var (old, oldMask) = (_slots, _mask);
        (_slots, _mask) = Allocate((oldMask + 1) * 2);
        for (var i = 0; i <= oldMask; i++)
        {
            if (old[i].Tag != 0)
            {
                var slot = (int)(old[i].Tag >> 32) & _mask;
                while (_slots[slot].Tag != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot] = old[i];
            }
        }

        ArrayPool<Slot>.Shared.Return(old);
    }

    private static (Slot[] Slots, int Mask) Allocate(int size)
    {
        var slots = ArrayPool<Slot>.Shared.Rent(size);
        Array.Clear(slots, 0, size);
        return (slots, size - 1);
    }

    public void Dispose()
    {
        if (_slots.Length > 0)
        {
            ArrayPool<Slot>.Shared.Return(_slots);
            _slots = [];
        }
    }

    private readonly record struct Slot(ulong Tag, ulong First, ulong Second);
}

using System.Buffers;
using System.Runtime.InteropServices;

namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>
/// A small direct-mapped cache of word keys of up to two blocks (16 characters) → ids for one analysis: 2,048
/// entries of one cache line each, so the words a text keeps using are found without touching the large shared
/// table. An entry is the key's hash and length, its blocks and the id; a key is found only when all of them match,
/// so a hit is always right.
/// </summary>
internal sealed class RecentWords : IDisposable
{
    /// <summary>Longest key the cache holds.</summary>
    public const int MaxLength = 2 * WordKeyTable.Block;

    private const int Entries = 2048;
    private const int Stride = 8;
    private ulong[] _entries;

    public RecentWords()
    {
        _entries = ArrayPool<ulong>.Shared.Rent(Entries * Stride);
        Array.Clear(_entries, 0, Entries * Stride);
    }

    /// <summary>The id of a block-padded key of at most <see cref="MaxLength"/> characters, or -1.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<char> key, int length, uint hash)
    {
        var words = MemoryMarshal.Cast<char, ulong>(key);
        var entry = _entries.AsSpan((int)(hash & (Entries - 1)) * Stride, Stride);
        var differs = (entry[0] ^ Tag(hash, length)) | (entry[1] ^ words[0]) | (entry[2] ^ words[1]);
        if (length > WordKeyTable.Block)
        {
            differs |= (entry[3] ^ words[2]) | (entry[4] ^ words[3]);
        }

        return differs == 0 ? (int)entry[5] : -1;
    }

    public void Remember(ReadOnlySpan<char> key, int length, uint hash, int id)
    {
        var words = MemoryMarshal.Cast<char, ulong>(key);
        var entry = _entries.AsSpan((int)(hash & (Entries - 1)) * Stride, Stride);
        entry[0] = Tag(hash, length);
        entry[1] = words[0];
        entry[2] = words[1];
        entry[3] = length > WordKeyTable.Block ? words[2] : 0;
        entry[4] = length > WordKeyTable.Block ? words[3] : 0;
        entry[5] = (ulong)id;
    }

    /// <summary>Never 0, so an empty entry matches no key.</summary>
    private static ulong Tag(uint hash, int length) => ((ulong)hash << 32) | ((ulong)length << 1) | 1;

    public void Dispose()
    {
        if (_entries.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(_entries);
            _entries = [];
        }
    }
}

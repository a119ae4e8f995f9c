using System.Buffers;
using System.Runtime.InteropServices;

namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>
/// A small direct-mapped cache of short word keys (one block) → ids for one analysis: 2,048 entries in 64 KB, so the
/// words a text keeps using are found without touching the large shared table. An entry is the key's hash and
/// length, its whole block and the id; a key is found only when all of them match, so a hit is always right.
/// </summary>
internal sealed class RecentWords : IDisposable
{
    private const int Entries = 2048;
    private const int Stride = 4;
    private ulong[] _entries;

    public RecentWords()
    {
        _entries = ArrayPool<ulong>.Shared.Rent(Entries * Stride);
        Array.Clear(_entries, 0, Entries * Stride);
    }

    /// <summary>The id of a block-padded key of at most one block, or -1.</summary>
    public int Find(ReadOnlySpan<char> key, int length, uint hash)
    {
        var words = MemoryMarshal.Cast<char, ulong>(key);
        var at = (int)(hash & (Entries - 1)) * Stride;
        var entries = _entries.AsSpan(at, Stride);
        return entries[0] == Tag(hash, length) && entries[1] == words[0] && entries[2] == words[1] ? (int)entries[3] : -1;
    }

    public void Remember(ReadOnlySpan<char> key, int length, uint hash, int id)
    {
        var words = MemoryMarshal.Cast<char, ulong>(key);
        var entries = _entries.AsSpan((int)(hash & (Entries - 1)) * Stride, Stride);
        entries[0] = Tag(hash, length);
        entries[1] = words[0];
        entries[2] = words[1];
        entries[3] = (ulong)id;
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

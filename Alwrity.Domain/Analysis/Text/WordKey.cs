using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Alwrity.Domain.Analysis.Text;

/// <summary>
/// Turns a word as written into its lookup key: lower case, curly apostrophes made straight, and for text
/// outside ASCII, Unicode NFKC (so "ﬁne", full-width letters and "𝐛𝐨𝐥𝐝" styled letters match their plain
/// forms). The original text is never changed; only keys are normalised, which keeps every offset valid.
/// </summary>
internal static class WordKey
{
    /// <summary>Keys are cut at this many characters (a 10,000-letter "word" still counts once).</summary>
    public const int MaxLength = 64;

    /// <summary>Writes the key into <paramref name="destination"/> (at least <see cref="MaxLength"/> long) and returns its length.</summary>
    public static int Write(ReadOnlySpan<char> word, Span<char> destination, bool nonAscii)
    {
        if (word.Length > MaxLength)
        {
            word = word[..MaxLength];
        }

        return nonAscii ? WriteUnicode(word, destination) : WriteAscii(word, destination);
    }

    /// <summary>
    /// Writes the key of text[start..start+length) like <see cref="Write"/>, zero padded to whole blocks of
    /// <see cref="BlockLength"/> characters (the form word tables hash and compare), and returns its length.
    /// Words without characters outside ASCII (other than apostrophes and hyphens) are lower-cased eight at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WriteBlocks(ReadOnlySpan<char> text, int start, int length, bool nonAscii, Span<char> destination)
    {
        var n = Math.Min(length, MaxLength);
        if (nonAscii || !Vector128.IsHardwareAccelerated || start + Padded(n) > text.Length)
        {
            return WriteBlocksSlowly(text.Slice(start, length), nonAscii, destination);
        }

        ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text[start..]));
        ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        for (var b = 0; b < n; b += BlockLength)
        {
            var block = LowerBlock(Vector128.LoadUnsafe(ref source, (nuint)b));
            if (n - b < BlockLength)
            {
                block &= Vector128.LessThan(Lanes, Vector128.Create((ushort)(n - b)));
            }

            block.StoreUnsafe(ref target, (nuint)b);
        }

        return n;
    }

    /// <summary>Longest word <see cref="TryLowerShort"/> reads: two blocks.</summary>
    public const int ShortLength = 2 * BlockLength;

    /// <summary>
    /// The key of a word of 1 to <see cref="ShortLength"/> characters without characters outside ASCII (other than
    /// apostrophes and hyphens), as <see cref="WriteBlocks"/> would write its first two blocks, kept in registers:
    /// both blocks are read and masked whatever the length, so the common word takes no length-dependent branch.
    /// False (and nothing read) when the word is longer, is not ASCII or ends within 16 characters of the text's end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryLowerShort(ReadOnlySpan<char> text, int start, int length, bool nonAscii, out Vector128<ushort> low, out Vector128<ushort> high)
    {
        if (nonAscii || !Vector128.IsHardwareAccelerated || (uint)(length - 1) >= ShortLength || start > text.Length - ShortLength)
        {
            (low, high) = (default, default);
            return false;
        }

        ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var n = Vector128.Create((ushort)length);
        low = LowerBlock(Vector128.LoadUnsafe(ref source, (nuint)start)) & Vector128.LessThan(Lanes, n);
        high = LowerBlock(Vector128.LoadUnsafe(ref source, (nuint)(start + BlockLength))) & Vector128.LessThan(Lanes + Vector128.Create((ushort)BlockLength), n);
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int WriteBlocksSlowly(ReadOnlySpan<char> word, bool nonAscii, Span<char> destination)
    {
        var written = Write(word, destination, nonAscii);
        destination[written..Padded(written)].Clear();
        return written;
    }

    /// <summary>Characters per block of <see cref="WriteBlocks"/>.</summary>
    public const int BlockLength = 8;

    private static readonly Vector128<ushort> Lanes = Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7);

    /// <summary>Characters a block-padded key of <paramref name="length"/> characters takes: whole blocks, at least one.</summary>
    public static int Padded(int length) => Math.Max(BlockLength, (length + BlockLength - 1) & ~(BlockLength - 1));

    /// <summary>Writes the two blocks of a short key (as <see cref="TryLowerShort"/> gives them) into <paramref name="destination"/>.</summary>
    public static void StoreShort(Vector128<ushort> low, Vector128<ushort> high, Span<char> destination)
    {
        var target = MemoryMarshal.Cast<char, ushort>(destination[..ShortLength]);
        low.CopyTo(target);
        high.CopyTo(target[BlockLength..]);
    }

    /// <summary>A..Z to a..z and curly apostrophes (’ ʼ) to ', as <see cref="WriteAscii"/> does one character at a time.</summary>
    private static Vector128<ushort> LowerBlock(Vector128<ushort> block)
    {
        var upper = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'A'), Vector128.Create((ushort)('Z' - 'A')));
        var lowered = block + (upper & Vector128.Create((ushort)0x20));
        var apostrophe = Vector128.Equals(block, Vector128.Create((ushort)'\u2019')) | Vector128.Equals(block, Vector128.Create((ushort)'\u02BC'));
        return Vector128.ConditionalSelect(apostrophe, Vector128.Create((ushort)'\''), lowered);
    }

    private static int WriteAscii(ReadOnlySpan<char> word, Span<char> destination)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            destination[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : CharClass.IsApostrophe(c) ? '\'' : c;
        }

        return word.Length;
    }

    private static int WriteUnicode(ReadOnlySpan<char> word, Span<char> destination)
    {
        Span<char> straight = stackalloc char[MaxLength];
        var n = 0;
        foreach (var c in word)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            straight[n++] = CharClass.IsApostrophe(c) ? '\'' : c;
        }

        Span<char> normal = stackalloc char[MaxLength * 4];
        ReadOnlySpan<char> source = straight[..n];
        if (!source.IsNormalized(NormalizationForm.FormKC)
            && source.TryNormalize(normal, out var written, NormalizationForm.FormKC))
        {
            source = normal[..written];
        }

        if (source.Length > MaxLength)
        {
            source = source[..MaxLength];
        }

        return source.ToLowerInvariant(destination);
    }
}

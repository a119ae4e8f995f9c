using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Alwrity.Domain.Analysis.Text;

/// <summary>Character tests the tokenizer needs, with an ASCII fast path.</summary>
internal static class CharClass
{
    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsAsciiAlphanumeric(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);

    /// <summary>Characters <see cref="AsciiAlphanumericRun"/> reads at once.</summary>
    public const int RunWidth = 8;

    /// <summary>
    /// How many of the <see cref="RunWidth"/> characters from <paramref name="i"/> (which must all exist) are ASCII
    /// letters or digits before the first that is not: 0 to 8, found in one vector step.
    /// </summary>
    public static int AsciiAlphanumericRun(ReadOnlySpan<char> text, int i)
    {
        var block = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)i);
        var letter = Vector128.LessThanOrEqual((block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var digit = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        var mask = (letter | digit).ExtractMostSignificantBits();
        return BitOperations.TrailingZeroCount(~mask);
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Horizontal white space (line breaks are handled separately).</summary>
    public static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\r' or '\f' or '\v' or '\u00A0' or '\u200B' or '\uFEFF' or '\u3000'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';

    /// <summary>Length (1 or 2 UTF-16 units) of the letter or digit at <paramref name="i"/>, or 0 if it is not one.</summary>
    public static int LetterOrDigitLength(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c < 128)
        {
            return IsAsciiAlphanumeric(c) ? 1 : 0;
        }

        if (char.IsHighSurrogate(c))
        {
            return Rune.DecodeFromUtf16(text[i..], out var rune, out var used) == System.Buffers.OperationStatus.Done
                && Rune.IsLetterOrDigit(rune) ? used : 0;
        }

        return char.IsLetterOrDigit(c) ? 1 : 0;
    }

    /// <summary>Combining marks continue a word (e + U+0301 is one letter).</summary>
    public static bool IsCombiningMark(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Code points that start an emoji (Extended_Pictographic blocks, approximated by ranges).</summary>
    public static bool IsEmojiStart(int cp) =>
        (cp >= 0x1F000 && cp <= 0x1FAFF)
        || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x231A && cp <= 0x23FF)
        || cp is 0x2B50 or 0x2B55 or 0x2B05 or 0x2B06 or 0x2B07 or 0x2B1B or 0x2B1C
            or 0x3030 or 0x303D or 0x3297 or 0x3299 or 0x203C or 0x2049 or 0x2934 or 0x2935;
}

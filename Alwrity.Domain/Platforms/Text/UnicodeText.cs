using System.Globalization;
using System.Text;

namespace Alwrity.Domain.Platforms.Text;

/// <summary>Small Unicode helpers that never throw on hostile input (lone surrogates, control characters).</summary>
internal static class UnicodeText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Replaces each unpaired surrogate with U+FFFD, keeping every index where it was.</summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        var firstBad = FindLoneSurrogate(text, 0);
        if (firstBad < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = firstBad; i >= 0; i = FindLoneSurrogate(text, i + 1))
        {
            chars[i] = '\uFFFD';
        }

        return new string(chars);
    }

    /// <summary>NFC form; input with lone surrogates is repaired first, so this never throws.</summary>
    public static string ToNfc(string text)
    {
        var safe = ReplaceLoneSurrogates(text);
        return safe.IsNormalized(NormalizationForm.FormC) ? safe : safe.Normalize(NormalizationForm.FormC);
    }

    /// <summary>UTF-8 byte length (a lone surrogate counts as the 3 bytes of U+FFFD).</summary>
    public static int Utf8ByteCount(ReadOnlySpan<char> text) => Utf8.GetByteCount(text);

    /// <summary>Length in UTF-16 code units of the extended grapheme cluster starting at <paramref name="index"/>.</summary>
    public static int NextGraphemeLength(string text, int index) =>
        StringInfo.GetNextTextElementLength(text.AsSpan(index));

    /// <summary>Number of extended grapheme clusters (user-perceived characters).</summary>
    public static int GraphemeCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i += StringInfo.GetNextTextElementLength(text[i..]))
        {
            count++;
        }

        return count;
    }

    /// <summary>True for letters, digits, combining marks and connector punctuation (the regex <c>\w</c> class).</summary>
    public static bool IsWordChar(char c) => c == '_' || char.IsLetterOrDigit(c) || IsMark(c);

    public static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    private static int FindLoneSurrogate(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}

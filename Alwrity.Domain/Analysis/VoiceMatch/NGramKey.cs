namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Character n-grams of order 1 to <see cref="MaxOrder"/> packed into a <see cref="ulong"/>, 12 bits per char, first
/// char highest. Chars below U+0800 and a few common marks (dashes, ellipsis, curly quotes, the emoji and
/// replacement marks) have their own codes and turn back into text; any other char is folded onto a shared code,
/// so such n-grams are counted but never named (the norms keep only n-grams that turn back into text).
/// </summary>
internal static class NGramKey
{
    public const int MaxOrder = 5;

    public const int BitsPerChar = 12;

    private const int CharMask = (1 << BitsPerChar) - 1;
    private const int DirectLimit = 0x800;
    private const string Marks = "\u2014\u2013\u2026\u25C6\uFFFD\u2018\u2019\u201C\u201D\u2022\u20AC\u2122";
    private const int FoldedStart = DirectLimit + 0x40;

    /// <summary>The 12-bit code of a char (never 0 for a char other than NUL).</summary>
    public static int Code(char c)
    {
        if (c < DirectLimit)
        {
            return c;
        }

        var mark = Marks.IndexOf(c, StringComparison.Ordinal);
        return mark >= 0 ? DirectLimit + mark : FoldedStart + (c % (CharMask + 1 - FoldedStart));
    }

    /// <summary>How many chars the key holds.</summary>
    public static int Order(ulong key)
    {
        var order = 0;
        while (key != 0)
        {
            key >>= BitsPerChar;
            order++;
        }

        return order;
    }

    /// <summary>The low <paramref name="order"/> chars of a rolling window of codes.</summary>
    public static ulong Last(ulong window, int order) => window & ((1UL << (BitsPerChar * order)) - 1);

    /// <summary>The n-gram's text, or null when it holds a folded char.</summary>
    public static string? ToText(ulong key)
    {
        Span<char> chars = stackalloc char[MaxOrder];
        var length = Order(key);
        for (var i = 0; i < length; i++)
        {
            var code = (int)((key >> (BitsPerChar * (length - 1 - i))) & CharMask);
            if (code >= DirectLimit + Marks.Length)
            {
                return null;
            }

            chars[i] = code < DirectLimit ? (char)code : Marks[code - DirectLimit];
        }

        return new string(chars[..length]);
    }

    public static bool TryParse(string text, out ulong key)
    {
        key = 0;
        if (text.Length is < 1 or > MaxOrder)
        {
            return false;
        }

        foreach (var c in text)
        {
            var code = Code(c);
            if (c == '\0' || code >= DirectLimit + Marks.Length)
            {
                return false;
            }

            key = (key << BitsPerChar) | (uint)code;
        }

        return true;
    }
}

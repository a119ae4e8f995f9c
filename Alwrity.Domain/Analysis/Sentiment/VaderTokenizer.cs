using System.Buffers;

namespace Alwrity.Domain.Analysis.Sentiment;

/// <summary>What the lexicon says about one lower-case key, whether it holds "n't" (a negated contraction) and any apostrophe.</summary>
internal readonly record struct VaderLookup(int Entry, bool HasNegatedContraction, bool HasApostrophe = false)
{
    public ref readonly VaderWord Word => ref VaderEntries.All[Entry];

    /// <summary>The entry's <see cref="VaderWord.InLexicon"/>, kept here so most tokens never read the entry.</summary>
    public bool InLexicon { get; } = VaderEntries.All[Entry].InLexicon;

    /// <summary>True for "but" (the entry's code), kept here for the same reason.</summary>
    public bool IsBut { get; } = VaderEntries.All[Entry].Code == VaderCode.But;

    /// <summary>The entry for a key that is already lower case.</summary>
    public static VaderLookup OfLowerKey(string key) =>
        new(VaderLexicon.FindEntry(key), key.Contains("n't", StringComparison.Ordinal), key.Contains('\'', StringComparison.Ordinal));

    public VaderToken Token(int start, int length, bool isUpper) => new(start, length, Entry, isUpper, HasNegatedContraction, InLexicon, IsBut);
}

/// <summary>One VADER token: its span in the text and (by entry index) what the lexicon says about its lower-case form.</summary>
internal readonly record struct VaderToken(int Start, int Length, int Entry, bool IsUpper, bool HasNegatedContraction, bool InLexicon, bool IsBut)
{
    public ref readonly VaderWord Word => ref VaderEntries.All[Entry];

    public bool IsNegated => Word.IsNegation || HasNegatedContraction;
}

/// <summary>VADER's tokenisation: split on white space, strip ASCII punctuation from both ends unless that leaves two characters or fewer (emoticons).</summary>
internal static class VaderTokenizer
{
    private const int StackKey = 128;
    private static readonly bool[] AsciiPunctuation = BuildPunctuationTable("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");

    private static bool[] BuildPunctuationTable(string marks)
    {
        var table = new bool[128];
        foreach (var c in marks)
        {
            table[c] = true;
        }

        return table;
    }

    public static bool IsAsciiPunctuation(char c) => c < 128 && AsciiPunctuation[c];

    /// <summary>Number of white-space separated tokens (sizes the buffers).</summary>
    public static int CountTokens(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inToken = false;
        foreach (var c in text)
        {
            var space = IsSpace(c);
            count += !space && !inToken ? 1 : 0;
            inToken = !space;
        }

        return count;
    }

    /// <summary>Splits <paramref name="text"/> on white space into <paramref name="tokens"/> (sized by <see cref="CountTokens"/>).</summary>
    public static int Split(ReadOnlySpan<char> text, Span<VaderToken> tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !IsSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                tokens[count++] = MakeToken(text, start, i);
            }
        }

        return count;
    }

    /// <summary>The token for the white-space separated chunk text[start..end): punctuation stripped, looked up lower case.</summary>
    public static VaderToken MakeToken(ReadOnlySpan<char> text, int start, int end)
    {
        var s = start;
        var e = end;
        while (s < e && IsAsciiPunctuation(text[s]))
        {
            s++;
        }

        while (e > s && IsAsciiPunctuation(text[e - 1]))
        {
            e--;
        }

        var shape = Shape(text[s..e]);
        if (shape.CodePoints <= 2)
        {
            (s, e) = (start, end);
            shape = Shape(text[s..e]);
        }

        var lookup = Lookup(text[s..e], shape.HasApostrophe);
        return lookup.Token(s, e - s, shape.IsUpper);
    }

    /// <summary>Lexicon entry and "n't" test for a key as written (lower-cased here, ToLowerInvariant).</summary>
    private static VaderLookup Lookup(ReadOnlySpan<char> key, bool hasApostrophe)
    {
        char[]? rented = null;
        try
        {
            var lower = key.Length <= StackKey ? stackalloc char[StackKey] : (rented = ArrayPool<char>.Shared.Rent(key.Length));
            lower = lower[..key.ToLowerInvariant(lower)];
            var negated = hasApostrophe && lower.Contains("n't", StringComparison.Ordinal);
            return new VaderLookup(VaderLexicon.FindEntry(lower), negated);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>One pass: code points, Python's str.isupper (a cased letter and no lower-case one), and whether an apostrophe occurs.</summary>
    private static (int CodePoints, bool IsUpper, bool HasApostrophe) Shape(ReadOnlySpan<char> span)
    {
        int count = 0;
        bool cased = false, lowerSeen = false, apostrophe = false;
        foreach (var c in span)
        {
            count += char.IsLowSurrogate(c) ? 0 : 1;
            if (c < 128)
            {
                lowerSeen |= (uint)(c - 'a') <= 'z' - 'a';
                cased |= (uint)(c - 'A') <= 'Z' - 'A';
                apostrophe |= c == '\'';
            }
            else
            {
                lowerSeen |= char.IsLower(c);
                cased |= char.IsUpper(c);
            }
        }

        return (count, cased && !lowerSeen, apostrophe);
    }

    /// <summary>Python's str.split() white space.</summary>
    public static bool IsSpace(char c) =>
        c < 128 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F') : char.IsWhiteSpace(c);
}

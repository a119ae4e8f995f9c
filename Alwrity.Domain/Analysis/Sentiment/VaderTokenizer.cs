namespace Alwrity.Domain.Analysis.Sentiment;

/// <summary>One VADER token: its span in the text and what the lexicon says about its lower-case form.</summary>
internal readonly record struct VaderToken(int Start, int Length, VaderWord Word, bool IsUpper, bool HasNegatedContraction)
{
    public bool IsNegated => Word.IsNegation || HasNegatedContraction;
}

/// <summary>VADER's tokenisation: split on white space, strip ASCII punctuation from both ends unless that leaves two characters or fewer (emoticons).</summary>
internal static class VaderTokenizer
{
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

    private static bool IsAsciiPunctuation(char c) => c < 128 && AsciiPunctuation[c];

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

    public static int Split(ReadOnlySpan<char> text, ReadOnlySpan<char> lower, Span<VaderToken> tokens)
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
                tokens[count++] = MakeToken(text, lower, start, i);
            }
        }

        return count;
    }

    private static VaderToken MakeToken(ReadOnlySpan<char> text, ReadOnlySpan<char> lower, int start, int end)
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

        var key = lower[s..e];
        var negated = shape.HasApostrophe && key.Contains("n't", StringComparison.Ordinal);
        return new VaderToken(s, e - s, VaderLexicon.Find(key), shape.IsUpper, negated);
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
    private static bool IsSpace(char c) =>
        c < 128 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F') : char.IsWhiteSpace(c);
}

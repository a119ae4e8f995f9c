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

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Cuts a document into consecutive chunks of about a target number of whitespace-separated words, each ending
/// at a sentence end where one comes within a fifth of the target; deterministic, and the text is kept verbatim.
/// </summary>
public static class TextChunker
{
    /// <summary>Chunks of about <paramref name="words"/> words; a remainder under half the target joins the last chunk.</summary>
    public static IReadOnlyList<string> Split(string text, int words)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(words, 1);
        var chunks = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var (end, taken) = CutAfter(text, start, words);
            if (taken == 0)
            {
                break;
            }

            if (taken < words / 2 && chunks.Count > 0)
            {
                chunks[^1] = string.Concat(chunks[^1], text.AsSpan(start, end - start));
            }
            else
            {
                chunks.Add(text[start..end]);
            }

            start = end;
        }

        return chunks;
    }

    /// <summary>The start of <paramref name="text"/> up to the first sentence end after <paramref name="words"/> words.</summary>
    public static string Take(string text, int words) => text[..CutAfter(text, 0, words).End];

    /// <summary>Counts whitespace-separated words (as <c>wc -w</c> does).</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var separator = char.IsWhiteSpace(c);
            count += !separator && !inWord ? 1 : 0;
            inWord = !separator;
        }

        return count;
    }

    private static (int End, int Words) CutAfter(string text, int start, int words)
    {
        var limit = words + Math.Max(words / 5, 1);
        var taken = 0;
        var i = start;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var tokenStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == tokenStart)
            {
                break;
            }

            taken++;
            if (taken >= limit || (taken >= words && EndsSentence(text.AsSpan(tokenStart, i - tokenStart))))
            {
                return (i, taken);
            }
        }

        return (text.Length, taken);
    }

    private static bool EndsSentence(ReadOnlySpan<char> token)
    {
        var trimmed = token.TrimEnd("\"')]\u201D\u2019");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?';
    }
}

namespace Alwrity.Domain.Analysis.Text;

/// <summary>Splits real-world text (posts, markdown, leftover HTML) into tokens whose offsets point into the original text.</summary>
public static class TextTokenizer
{
    /// <summary>All tokens of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<TextToken> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        using var buffer = new PooledList<TextToken>(text.Length / 4);
        TokenScanner.Scan(text, buffer);
        return buffer.Span.ToArray();
    }

    internal static void Tokenize(ReadOnlySpan<char> text, PooledList<TextToken> output) => TokenScanner.Scan(text, output);
}

namespace Alwrity.Domain.Analysis.Text;

/// <summary>A sentence-like unit: a sentence, a list item or a heading, with offsets into the original text.</summary>
/// <param name="Start">Offset of its first character in the original text.</param>
/// <param name="Length">Length in UTF-16 units, up to and including closing punctuation, quotes and trailing emoji.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">Number of tokens it spans.</param>
/// <param name="WordCount">Words and numbers in it (always at least one).</param>
/// <param name="Paragraph">Index of its paragraph.</param>
/// <param name="IsListItem">True when it is a bullet or numbered list item.</param>
/// <param name="IsHeading">True when it is a markdown heading.</param>
public readonly record struct SentenceSpan(
    int Start, int Length, int FirstToken, int TokenCount, int WordCount, int Paragraph, bool IsListItem, bool IsHeading)
{
    /// <summary>End offset (exclusive).</summary>
    public int End => Start + Length;
}

/// <summary>A paragraph: a run of sentences between blank lines (or block-level HTML).</summary>
public readonly record struct ParagraphSpan(int Start, int Length, int FirstSentence, int SentenceCount, int WordCount);

/// <summary>The tokens, sentences and paragraphs of one text.</summary>
public sealed record SegmentedText(
    IReadOnlyList<TextToken> Tokens, IReadOnlyList<SentenceSpan> Sentences, IReadOnlyList<ParagraphSpan> Paragraphs);

/// <summary>Sentence and paragraph segmentation that survives abbreviations, decimals, ellipses, lists, markdown and HTML.</summary>
public static class TextSegmenter
{
    /// <summary>Segments <paramref name="text"/>; empty or null text gives empty lists.</summary>
    public static SegmentedText Segment(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new SegmentedText([], [], []);
        }

        using var tokens = new PooledList<TextToken>(text.Length / 4);
        using var sentences = new PooledList<SentenceSpan>();
        using var paragraphs = new PooledList<ParagraphSpan>();
        TokenScanner.Scan(text, tokens);
        SentenceSplitter.Split(text, tokens.Span, sentences, paragraphs);
        return new SegmentedText(tokens.Span.ToArray(), sentences.Span.ToArray(), paragraphs.Span.ToArray());
    }
}

using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Metrics;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>
/// Reads sources one by one in a single linear pass each (tokens → sentences → words) and keeps only counts,
/// the word-id stream and one record per sentence. Not thread-safe: one accumulator per analysis.
/// </summary>
internal sealed partial class FingerprintAccumulator : IDisposable
{
    /// <summary>Characters tokenised before their tokens go to the word pass (the piece and its tokens stay in the cache).</summary>
    private const int ScanPiece = 8192;

    private readonly PooledList<TextToken> _tokens = new(4096);
    private readonly PooledList<SentenceSpan> _spans = new(512);
    private readonly PooledList<ParagraphSpan> _paragraphSpans = new(128);
    private readonly SentenceSentiment _sentiment = new();
    private readonly WordFactsTable _facts;
    private ReadabilityCounter _readability;

    public FingerprintAccumulator(IReadOnlyList<SourceText> sources)
    {
        Sources = sources;
        Words = new WordIndex(WordCatalog.Shared);
        _facts = new WordFactsTable(Words);
    }

    public IReadOnlyList<SourceText> Sources { get; }

    public WordIndex Words { get; }

    /// <summary>Ids of word tokens (not numbers) in reading order.</summary>
    public PooledList<int> WordStream { get; } = new(4096);

    /// <summary>1 where punctuation, a number, a symbol or a sentence start stands before the word (phrases stop there).</summary>
    public PooledList<byte> BreakBefore { get; } = new(4096);

    public PooledList<SentenceRecord> Sentences { get; } = new(512);

    public PooledList<ParagraphRecord> Paragraphs { get; } = new(128);

    public FingerprintTotals Totals { get; } = new();

    public ReadabilityCounts Readability => _readability.Counts;

    public void AddAll()
    {
        for (var s = 0; s < Sources.Count; s++)
        {
            var text = Sources[s].Text;
            if (!string.IsNullOrEmpty(text))
            {
                AddSource(s, text);
            }
        }

        FinishWords();
    }

    private void AddSource(int source, string text)
    {
        _tokens.Clear();
        _spans.Clear();
        _paragraphSpans.Clear();
        _tokens.EnsureCapacity(text.Length / 4); // prose has about one token per five characters
        WordStream.EnsureCapacity(WordStream.Count + (text.Length / 5));
        BreakBefore.EnsureCapacity(BreakBefore.Count + (text.Length / 5));
        var firstWord = WordStream.Count;
        ScanAndIdentifyWords(text);
        SentenceSplitter.Split(text, _tokens.Span, _spans, _paragraphSpans);
        var paragraphBase = Paragraphs.Count;
        var firstSentence = Sentences.Count;
        var spans = _spans.Span;
        for (var i = 0; i < spans.Length; i++)
        {
            var lastInParagraph = i + 1 == spans.Length || spans[i + 1].Paragraph != spans[i].Paragraph;
            firstWord = AddSentence(source, text, spans[i], paragraphBase + spans[i].Paragraph, lastInParagraph, firstWord);
        }

        ScoreSentiment(text, firstSentence);

        foreach (var paragraph in _paragraphSpans.Span)
        {
            var listItems = 0;
            for (var i = paragraph.FirstSentence; i < paragraph.FirstSentence + paragraph.SentenceCount; i++)
            {
                listItems += spans[i].IsListItem ? 1 : 0;
            }

            Paragraphs.Add(new ParagraphRecord(paragraph.SentenceCount, paragraph.WordCount, listItems));
        }
    }

    /// <summary>
    /// Tokenises the text a piece at a time, each piece's tokens going to the word pass while they and the piece's
    /// characters are still in the core's cache: a whole text's tokens and characters are larger than the cache, and
    /// streaming them through it between the two passes also evicts the word tables the word pass probes (this shows
    /// on a busy machine: median CPU time, not the best runs). Then the last batch of new words is looked up and every
    /// word counted.
    /// </summary>
    private void ScanAndIdentifyWords(string text)
    {
        var firstWord = WordStream.Count;
        var scanner = TokenScanner.Start(text, _tokens);
        var identified = 0;
        while (scanner.ScanMore(ScanPiece))
        {
            IdentifyWordsAndCountMarks(text, _tokens.Span[identified..]);
            identified = _tokens.Count;
        }

        Words.ResolvePending(WordStream.Span);
        Words.CountAll(WordStream.Span[firstWord..]);
    }

    /// <summary>
    /// One pass over every token (also those outside any sentence): the id of each word, appended to
    /// <see cref="WordStream"/> (every word token belongs to exactly one sentence, in order; words new to the
    /// analysis are looked up in batches, see WordIndex.Batch), and the punctuation and symbol counts. Ids are found
    /// before the per-sentence work so that this loop's lookups do not wait on it: they are independent of each other,
    /// and the sentence pass then reads them from the stream.
    /// </summary>
    private void IdentifyWordsAndCountMarks(string text, ReadOnlySpan<TextToken> tokens)
    {
        var punctuation = Totals.Punctuation;
        var key = _key.AsSpan();
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Word: AddWordId(text, token, key); break;
                case TokenKind.Punctuation: punctuation[(int)token.Punctuation]++; break;
                case TokenKind.Emoji: Totals.Emoji++; break;
                case TokenKind.Hashtag: Totals.Hashtags++; break;
                case TokenKind.Mention: Totals.Mentions++; break;
                case TokenKind.Url: Totals.Urls++; break;
                case TokenKind.Email: Totals.Emails++; break;
            }
        }
    }

    public void Dispose()
    {
        _tokens.Dispose();
        _spans.Dispose();
        _paragraphSpans.Dispose();
        _sentiment.Dispose();
        _facts.Dispose();
        WordStream.Dispose();
        BreakBefore.Dispose();
        Sentences.Dispose();
        Paragraphs.Dispose();
        Words.Dispose();
    }
}

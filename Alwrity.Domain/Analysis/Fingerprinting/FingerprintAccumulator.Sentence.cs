using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Sentiment;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>Per-sentence work: words, passive voice, markers, sentence type and sentiment.</summary>
internal sealed partial class FingerprintAccumulator
{
    // A field, not stackalloc: a method with stackalloc is compiled once, fully optimised but without the tiered
    // compiler's profile-guided second pass, and the word loops are the hottest of the analysis.
    private readonly char[] _key = new char[WordKey.MaxLength];

    /// <summary>Reads one sentence whose words' ids start at <paramref name="firstWord"/> in the stream; returns where the next sentence's start.</summary>
    private int AddSentence(int source, string text, SentenceSpan span, int paragraph, bool lastInParagraph, int firstWord)
    {
        var state = new SentenceState { PendingBreak = 1 };
        var tokens = _tokens.Span.Slice(span.FirstToken, span.TokenCount);
        var stream = WordStream.Span;
        var word = firstWord;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Word:
                    AddWord(ref state, stream[word++], token.Flags);
                    break;
                case TokenKind.Number:
                    AddNumber(ref state, text.AsSpan(token.Start, token.Length));
                    break;
                case TokenKind.Punctuation:
                    AddPunctuation(ref state, token.Punctuation);
                    break;
                default:
                    state.PendingBreak = 1;
                    state.Flags |= SymbolFlag(token.Kind);
                    break;
            }
        }

        _readability.AddSentence();
        var flags = Classify(ref state, lastInParagraph) | (span.IsListItem ? SentenceFlags.ListItem : SentenceFlags.None);
        Sentences.Add(new SentenceRecord(source, span.Start, span.Length, span.WordCount, paragraph, firstWord,
            word - firstWord, 0, flags));
        return word;
    }

    /// <summary>
    /// VADER for the sentences of one source from <paramref name="firstSentence"/> on, in order, after the word pass
    /// (one loop each keeps both loops' code and branch history warm).
    /// </summary>
    private void ScoreSentiment(string text, int firstSentence)
    {
        var spans = _spans.Span;
        var stream = WordStream.Span;
        for (var i = 0; i < spans.Length; i++)
        {
            ref var record = ref Sentences[firstSentence + i];
            var tokens = _tokens.Span.Slice(spans[i].FirstToken, spans[i].TokenCount);
            var words = stream.Slice(record.FirstWord, record.WordTokens);
            var sentiment = _sentiment.Score(text, record.Start, record.Length, tokens, words, Words);
            AddSentiment(sentiment);
            record = record with { Compound = sentiment.Compound };
        }
    }

    /// <summary>
    /// Appends the id of a word token to the stream, or a place for it that the word index fills when it looks up its
    /// batch of new words: short ASCII words stay in registers from text to id.
    /// </summary>
    private void AddWordId(string text, TextToken token, Span<char> key)
    {
        var nonAscii = (token.Flags & TokenFlags.NonAscii) != 0;
        var position = WordStream.Count;
        int id;
        if (WordKey.TryLowerShort(text, token.Start, token.Length, nonAscii, out var low, out var high))
        {
            id = Words.FindOrQueueShort(low, high, token.Length, position);
        }
        else
        {
            id = Words.FindOrQueue(key, WordKey.WriteBlocks(text, token.Start, token.Length, nonAscii, key), position);
        }

        WordStream.Add(id);
        if (id < 0 && Words.HasFullBatch)
        {
            Words.ResolvePending(WordStream.Span);
        }
    }

    private static SentenceFlags SymbolFlag(TokenKind kind) => kind switch
    {
        TokenKind.Emoji => SentenceFlags.Emoji,
        TokenKind.Hashtag => SentenceFlags.Hashtag,
        TokenKind.Mention => SentenceFlags.Mention,
        TokenKind.Url => SentenceFlags.Url,
        _ => SentenceFlags.None,
    };

    private static SentenceFlags Classify(ref SentenceState state, bool lastInParagraph)
    {
        var flags = state.Flags;
        if (state.EndsWithQuestion)
        {
            flags |= SentenceFlags.Question;
            if (!lastInParagraph || state.OpensWithNegativeContraction)
            {
                flags |= SentenceFlags.Rhetorical;
            }
        }
        else if (state.EndsWithExclamation)
        {
            flags |= SentenceFlags.Exclamation;
        }

        if (state.OpensWithImperative && !state.EndsWithQuestion)
        {
            flags |= SentenceFlags.Imperative;
        }

        return flags;
    }

    private void AddSentiment(VaderScore score)
    {
        Totals.CompoundSum += score.Compound;
        Totals.CompoundSquares += score.Compound * score.Compound;
        Totals.PositiveSum += score.Positive;
        Totals.NeutralSum += score.Neutral;
        Totals.NegativeSum += score.Negative;
    }

    private void AddNumber(ref SentenceState state, ReadOnlySpan<char> number)
    {
        var measure = Metrics.WordMeasures.Measure(number, isNumber: true);
        _readability.Add(measure.Syllables, measure.Syllables, complex: false);
        state.SeenWord = true;
        state.AfterTerminal(false);
        state.PendingBreak = 1;
        state.ResetRun();
    }

    private static void AddPunctuation(ref SentenceState state, PunctuationKind kind)
    {
        state.PendingBreak = 1;
        state.ResetRun();
        switch (kind)
        {
            case PunctuationKind.Question: state.Terminal(question: true); break;
            case PunctuationKind.Exclamation: state.Terminal(question: false); break;
            case PunctuationKind.Semicolon: state.Flags |= SentenceFlags.Semicolon; break;
            case PunctuationKind.EmDash: state.Flags |= SentenceFlags.EmDash; break;
            case PunctuationKind.Ellipsis: state.Flags |= SentenceFlags.Ellipsis; break;
        }
    }
}

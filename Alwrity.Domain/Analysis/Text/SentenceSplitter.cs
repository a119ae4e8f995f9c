namespace Alwrity.Domain.Analysis.Text;

/// <summary>
/// Groups tokens into sentence-like units and paragraphs in one linear pass. A unit ends at terminal punctuation
/// (unless the period belongs to an abbreviation, or a quoted question runs on in lower case), at a list item or
/// heading, at a paragraph break, and at a line break after a short line when the next line starts afresh.
/// Units without words (a line of emoji) are folded into the sentence before them.
/// </summary>
internal ref partial struct SentenceSplitter
{
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<TextToken> _tokens;
    private readonly PooledList<SentenceSpan> _sentences;
    private readonly PooledList<ParagraphSpan> _paragraphs;
    private int _unitStart;
    private int _unitLast;
    private int _unitWords;
    private bool _pendingList;
    private bool _pendingHeading;
    private bool _unitIsList;
    private bool _unitIsHeading;
    private int _paragraphFirstSentence;

    private SentenceSplitter(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, PooledList<SentenceSpan> sentences, PooledList<ParagraphSpan> paragraphs)
    {
        _text = text;
        _tokens = tokens;
        _sentences = sentences;
        _paragraphs = paragraphs;
        _unitStart = -1;
        _paragraphFirstSentence = sentences.Count;
    }

    /// <summary>Appends the units and paragraphs of one text.</summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<TextToken> tokens, PooledList<SentenceSpan> sentences, PooledList<ParagraphSpan> paragraphs)
    {
        var splitter = new SentenceSplitter(text, tokens, sentences, paragraphs);
        splitter.Run();
    }

    private void Run()
    {
        for (var i = 0; i < _tokens.Length; i++)
        {
            i = Visit(i);
        }

        CloseUnit();
        CloseParagraph();
    }

    /// <summary>Handles token <paramref name="i"/> and returns the index of the last token it consumed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Visit(int i)
    {
        var token = _tokens[i];
        switch (token.Kind)
        {
            case TokenKind.ParagraphBreak:
                CloseUnit();
                CloseParagraph();
                return i;
            case TokenKind.Heading:
                CloseUnit();
                CloseParagraph();
                _pendingHeading = true;
                return i;
            case TokenKind.ListItem:
                CloseUnit();
                _pendingList = true;
                return i;
            case TokenKind.LineBreak:
                if ((token.Flags & TokenFlags.HardBreak) != 0 || StartsAfresh(token, i + 1))
                {
                    CloseUnit();
                }

                return i;
        }

        Include(i);
        if (token.Kind == TokenKind.Punctuation && IsTerminal(token.Punctuation))
        {
            return EndOfSentenceRun(i);
        }

        return i;
    }

    private void Include(int i)
    {
        if (_unitStart < 0)
        {
            _unitStart = i;
            _unitIsList = _pendingList;
            _unitIsHeading = _pendingHeading;
            _pendingList = false;
            _pendingHeading = false;
        }

        _unitLast = i;
        if (_tokens[i].IsWordLike)
        {
            _unitWords++;
        }
    }

    private static bool IsTerminal(PunctuationKind kind) =>
        kind is PunctuationKind.Period or PunctuationKind.Question or PunctuationKind.Exclamation or PunctuationKind.Ellipsis;

    /// <summary>Absorbs the rest of a terminal run (?!, closing quotes, brackets, emoji) and ends the unit if it should.</summary>
    private int EndOfSentenceRun(int first)
    {
        var j = first + 1;
        var strong = _tokens[first].Punctuation is PunctuationKind.Question or PunctuationKind.Exclamation;
        var quoted = false;
        while (j < _tokens.Length && IsAbsorbed(_tokens[j]))
        {
            strong |= _tokens[j].Punctuation is PunctuationKind.Question or PunctuationKind.Exclamation;
            quoted |= _tokens[j].Punctuation is PunctuationKind.DoubleQuote or PunctuationKind.CloseSingleQuote;
            Include(j);
            j++;
        }

        var next = j < _tokens.Length ? _tokens[j] : default;
        var atEnd = j >= _tokens.Length || next.Kind is TokenKind.ParagraphBreak or TokenKind.LineBreak or TokenKind.ListItem or TokenKind.Heading;
        // A unit without words opening a paragraph ("🎉!!! We did it") has no sentence before it to join: it runs on
        // into the next unit instead (a paragraph, list item or heading break still ends it).
        if ((atEnd || EndsHere(first, next, strong, quoted)) && (_unitWords > 0 || _sentences.Count > _paragraphFirstSentence))
        {
            CloseUnit();
        }

        return j - 1;
    }

    private static bool IsAbsorbed(TextToken token) =>
        token.Kind == TokenKind.Emoji
        || (token.Kind == TokenKind.Punctuation && (IsTerminal(token.Punctuation) || token.Punctuation is PunctuationKind.DoubleQuote
            or PunctuationKind.CloseSingleQuote or PunctuationKind.CloseParenthesis));

    private void CloseUnit()
    {
        if (_unitStart < 0)
        {
            return;
        }

        var start = WidenedStart(_unitStart);
        var end = WidenedEnd(_unitLast);
        if (_unitWords > 0)
        {
            _sentences.Add(new SentenceSpan(start, end - start, _unitStart, _unitLast - _unitStart + 1, _unitWords,
                _paragraphs.Count, _unitIsList, _unitIsHeading));
        }
        else if (_sentences.Count > _paragraphFirstSentence)
        {
            ref var previous = ref _sentences[_sentences.Count - 1];
            previous = previous with { Length = end - previous.Start, TokenCount = _unitLast - previous.FirstToken + 1 };
        }

        _unitStart = -1;
        _unitWords = 0;
    }

    /// <summary>
    /// Where a unit starting at token <paramref name="first"/> begins: at the token, or earlier when only ASCII marks
    /// that made no token (markup such as "**", "[" or "|") stand between the token and white space, so the unit
    /// holds whole white-space chunks (">:( Not again" keeps its emoticon; VADER reads chunks).
    /// </summary>
    private readonly int WidenedStart(int first)
    {
        var start = _tokens[first].Start;
        var limit = first > 0 ? _tokens[first - 1].End : 0;
        var j = start;
        while (j > limit && IsBareMark(_text[j - 1]))
        {
            j--;
        }

        return j == limit || char.IsWhiteSpace(_text[j - 1]) ? j : start;
    }

    /// <summary>Where a unit ending at token <paramref name="last"/> ends: the mirror of <see cref="WidenedStart"/>.</summary>
    private readonly int WidenedEnd(int last)
    {
        var end = _tokens[last].End;
        var limit = last + 1 < _tokens.Length ? _tokens[last + 1].Start : _text.Length;
        var j = end;
        while (j < limit && IsBareMark(_text[j]))
        {
            j++;
        }

        return j == limit || char.IsWhiteSpace(_text[j]) ? j : end;
    }

    private static bool IsBareMark(char c) => c is > ' ' and < (char)127 && !char.IsAsciiLetterOrDigit(c);

    private void CloseParagraph()
    {
        var count = _sentences.Count - _paragraphFirstSentence;
        if (count > 0)
        {
            var first = _sentences[_paragraphFirstSentence];
            var last = _sentences[_sentences.Count - 1];
            var words = 0;
            for (var s = _paragraphFirstSentence; s < _sentences.Count; s++)
            {
                words += _sentences[s].WordCount;
            }

            _paragraphs.Add(new ParagraphSpan(first.Start, last.End - first.Start, _paragraphFirstSentence, count, words));
        }

        _paragraphFirstSentence = _sentences.Count;
        _pendingHeading = false;
    }
}

using System.Globalization;
using System.Text;

namespace Alwrity.Domain.Analysis.Text;

/// <summary>
/// One pass over the original text producing tokens with their offsets. Markup (HTML tags, markdown markers)
/// is skipped in place, so every offset still points into the text the user gave us.
/// </summary>
internal ref partial struct TokenScanner
{
    private const int ShortLineLength = 50;
    private readonly ReadOnlySpan<char> _text;
    private readonly PooledList<TextToken> _output;
    private int _pos;
    private int _lineStart;
    private bool _atLineStart;
    private bool _lineIsListItem;
    private bool _lineIsHeading;

    private TokenScanner(ReadOnlySpan<char> text, PooledList<TextToken> output)
    {
        _text = text;
        _output = output;
        _atLineStart = true;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public static void Scan(ReadOnlySpan<char> text, PooledList<TextToken> output)
    {
        var scanner = new TokenScanner(text, output);
        while (scanner._pos < text.Length)
        {
            scanner.Step();
        }
    }

    /// <summary>Starts a scan of <paramref name="text"/> that <see cref="ScanMore"/> goes on with a piece at a time.</summary>
    public static TokenScanner Start(ReadOnlySpan<char> text, PooledList<TextToken> output) => new(text, output);

    /// <summary>
    /// Appends the tokens that start in about the next <paramref name="chars"/> characters (a token that starts there
    /// is read whole); false, with nothing appended, once the text is done. Pieces give the same tokens as <see cref="Scan"/>.
    /// </summary>
    public bool ScanMore(int chars)
    {
        if (_pos >= _text.Length)
        {
            return false;
        }

        var limit = _pos + Math.Min(chars, _text.Length - _pos);
        while (_pos < limit)
        {
            Step();
        }

        return true;
    }

    private void Step()
    {
        var c = _text[_pos];
        if (c == ' ')
        {
            _pos++; // the commonest character first: plain space
            return;
        }

        if (!_atLineStart && CharClass.IsAsciiLetter(c))
        {
            ScanWordOrAddress(); // the commonest token: a word inside a line
            return;
        }

        if (c is '\n' or '\u2028' or '\u2029' or '\u0085')
        {
            NewLine(c);
            return;
        }

        if (CharClass.IsSpace(c))
        {
            _pos++;
            return;
        }

        if (_atLineStart)
        {
            _atLineStart = false;
            if (TryLineMarker(c))
            {
                return;
            }
        }

        if (c < 128)
        {
            Ascii(c);
        }
        else
        {
            NonAscii(c);
        }
    }

    private void Emit(int start, int length, TokenKind kind, PunctuationKind punctuation = PunctuationKind.Other, TokenFlags flags = TokenFlags.None) =>
        _output.Add(new TextToken(start, length, kind, punctuation, flags));

    private void EmitPunctuation(PunctuationKind kind, int length = 1)
    {
        Emit(_pos, length, TokenKind.Punctuation, kind);
        _pos += length;
    }

    private void NewLine(char c)
    {
        var start = _pos;
        var lineLength = start - _lineStart;
        _pos++;
        var paragraph = c == '\u2029' || _lineIsHeading || IsFollowedByBlankLine();
        var flags = lineLength < ShortLineLength ? TokenFlags.AfterShortLine : TokenFlags.None;
        if (_lineIsListItem)
        {
            flags |= TokenFlags.HardBreak;
        }

        Emit(start, 1, paragraph ? TokenKind.ParagraphBreak : TokenKind.LineBreak, PunctuationKind.Other, flags);
        _atLineStart = true;
        _lineStart = _pos;
        _lineIsListItem = false;
        _lineIsHeading = false;
    }

    /// <summary>True (and consumes the blank lines) when only white space stands before the next line break.</summary>
    private bool IsFollowedByBlankLine()
    {
        var j = _pos;
        var blank = false;
        while (j < _text.Length)
        {
            var c = _text[j];
            if (c is '\n' or '\u2028' or '\u2029')
            {
                blank = true;
                _pos = j + 1;
            }
            else if (!CharClass.IsSpace(c))
            {
                break;
            }

            j++;
        }

        return blank;
    }

    private void Ascii(char c)
    {
        if (CharClass.IsAsciiLetter(c))
        {
            ScanWordOrAddress();
            return;
        }

        if (CharClass.IsAsciiDigit(c))
        {
            ScanNumber();
            return;
        }

        switch (c)
        {
            case '.': ScanDots(); break;
            case '?': EmitPunctuation(PunctuationKind.Question); break;
            case '!': ScanExclamation(); break;
            case ',': EmitPunctuation(PunctuationKind.Comma); break;
            case ';': EmitPunctuation(PunctuationKind.Semicolon); break;
            case ':': EmitPunctuation(PunctuationKind.Colon); break;
            case '-': ScanHyphens(); break;
            case '"': EmitPunctuation(PunctuationKind.DoubleQuote); break;
            case '\'': EmitPunctuation(SingleQuoteKind()); break;
            case '(': EmitPunctuation(PunctuationKind.OpenParenthesis); break;
            case ')': EmitPunctuation(PunctuationKind.CloseParenthesis); break;
            case ']': ScanClosingBracket(); break;
            case '<': ScanAngleBracket(); break;
            case '&': ScanAmpersand(); break;
            case '@': ScanAt(); break;
            case '#': ScanHash(); break;
            case '[' or '*' or '_' or '`' or '~' or '|' or '^' or '\\': _pos++; break;
            default: EmitPunctuation(PunctuationKind.Other); break;
        }
    }
}

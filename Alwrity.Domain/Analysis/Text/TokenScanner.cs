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

    private void Step()
    {
        var c = _text[_pos];
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

    private void NonAscii(char c)
    {
        switch (c)
        {
            case '\u2018' or '\u2019' or '\u201A' or '\u2032': EmitPunctuation(SingleQuoteKind()); return;
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033': EmitPunctuation(PunctuationKind.DoubleQuote); return;
            case '\u2014' or '\u2015': EmitPunctuation(PunctuationKind.EmDash, RunLength(c)); return;
            case '\u2013': EmitPunctuation(PunctuationKind.EnDash); return;
            case '\u2026': EmitPunctuation(PunctuationKind.Ellipsis, RunLength(c)); return;
            case '\u2010' or '\u2011' or '\u2012': EmitPunctuation(PunctuationKind.Hyphen); return;
            case '\u00BF': EmitPunctuation(PunctuationKind.Other); return;
        }

        var status = Rune.DecodeFromUtf16(_text[_pos..], out var rune, out var used);
        if (status != System.Buffers.OperationStatus.Done)
        {
            _pos++;
            return;
        }

        if (CharClass.IsEmojiStart(rune.Value))
        {
            ScanEmoji();
        }
        else if (Rune.IsLetterOrDigit(rune))
        {
            ScanWord(_pos);
        }
        else if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format
                 or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Control)
        {
            _pos += used;
        }
        else
        {
            EmitPunctuation(PunctuationKind.Other, used);
        }
    }

    private void ScanEmoji()
    {
        var length = Math.Max(1, StringInfo.GetNextTextElementLength(_text[_pos..]));
        Emit(_pos, length, TokenKind.Emoji);
        _pos += length;
    }

    private int RunLength(char c)
    {
        var j = _pos;
        while (j < _text.Length && _text[j] == c)
        {
            j++;
        }

        return j - _pos;
    }

    private PunctuationKind SingleQuoteKind()
    {
        var previous = _pos > 0 ? _text[_pos - 1] : ' ';
        var opensQuote = char.IsWhiteSpace(previous) || previous is '(' or '[' or '"' or '\u201C' or '\u2014';
        return opensQuote ? PunctuationKind.OpenSingleQuote : PunctuationKind.CloseSingleQuote;
    }

    private void ScanDots()
    {
        var run = RunLength('.');
        EmitPunctuation(run >= 2 ? PunctuationKind.Ellipsis : PunctuationKind.Period, run);
    }

    private void ScanExclamation()
    {
        if (_pos + 1 < _text.Length && _text[_pos + 1] == '[')
        {
            _pos += 2; // markdown image: ![alt](url)
            return;
        }

        EmitPunctuation(PunctuationKind.Exclamation);
    }

    private void ScanHyphens()
    {
        var run = RunLength('-');
        EmitPunctuation(run >= 2 ? PunctuationKind.EmDash : PunctuationKind.Hyphen, run);
    }
}

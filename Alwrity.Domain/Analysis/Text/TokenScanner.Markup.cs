namespace Alwrity.Domain.Analysis.Text;

/// <summary>Markdown and HTML: markers are skipped, block structure becomes breaks, link targets become URLs.</summary>
internal ref partial struct TokenScanner
{
    private const int MaxTagLength = 2000;

    private bool TryLineMarker(char c)
    {
        if (c == '#')
        {
            return TryHeading();
        }

        if (c is '-' or '*' or '_' && IsRuleLine(c))
        {
            Emit(_pos, 1, TokenKind.ParagraphBreak);
            SkipToLineEnd();
            return true;
        }

        if (c == '`' && _text[_pos..].StartsWith("```"))
        {
            Emit(_pos, 1, TokenKind.ParagraphBreak);
            SkipToLineEnd();
            return true;
        }

        if (c == '>')
        {
            _pos++;
            _atLineStart = true; // blockquote: what follows may still be a list marker
            return true;
        }

        if (IsBullet(c) && IsSpaceAt(_pos + 1))
        {
            StartListItem(_pos, 1);
            return true;
        }

        return TryNumberedItem() || TryEmojiBullet(c);
    }

    private static bool IsBullet(char c) =>
        c is '-' or '*' or '+' or '\u2022' or '\u25E6' or '\u25AA' or '\u2023' or '\u25CF' or '\u25A0' or '\u2013'
            or '\u2014' or '\u2192' or '\u00B7' or '\u25B8' or '\u25BA' or '\u2043';

    private readonly bool IsSpaceAt(int i) => i < _text.Length && _text[i] is ' ' or '\t' or '\u00A0';

    private void StartListItem(int start, int markerLength)
    {
        Emit(start, markerLength, TokenKind.ListItem);
        _pos = start + markerLength;
        _lineIsListItem = true;
    }

    private bool TryHeading()
    {
        var run = RunLength('#');
        if (run > 6 || !IsSpaceAt(_pos + run))
        {
            return false;
        }

        Emit(_pos, run, TokenKind.Heading);
        _pos += run;
        _lineIsHeading = true;
        return true;
    }

    private bool TryNumberedItem()
    {
        var j = _pos;
        while (j < _text.Length && j - _pos < 3 && CharClass.IsAsciiDigit(_text[j]))
        {
            j++;
        }

        var letterItem = j == _pos && j + 1 < _text.Length && CharClass.IsAsciiLetter(_text[j]) && _text[j + 1] == ')';
        if (letterItem)
        {
            j++;
        }

        if (j == _pos || j >= _text.Length || _text[j] is not ('.' or ')') || (letterItem && _text[j] != ')') || !IsSpaceAt(j + 1))
        {
            return false;
        }

        StartListItem(_pos, j + 1 - _pos);
        return true;
    }

    private bool TryEmojiBullet(char c)
    {
        if (c < 128)
        {
            return false;
        }

        var status = System.Text.Rune.DecodeFromUtf16(_text[_pos..], out var rune, out _);
        if (status != System.Buffers.OperationStatus.Done || !CharClass.IsEmojiStart(rune.Value))
        {
            return false;
        }

        var length = System.Globalization.StringInfo.GetNextTextElementLength(_text[_pos..]);
        if (!IsSpaceAt(_pos + length))
        {
            return false;
        }

        Emit(_pos, 0, TokenKind.ListItem);
        _lineIsListItem = true;
        return false; // the emoji itself is scanned next
    }

    private readonly bool IsRuleLine(char marker)
    {
        var count = 0;
        for (var j = _pos; j < _text.Length && _text[j] != '\n'; j++)
        {
            var c = _text[j];
            if (c == marker)
            {
                count++;
            }
            else if (!CharClass.IsSpace(c))
            {
                return false;
            }
        }

        return count >= 3;
    }

    private void SkipToLineEnd()
    {
        while (_pos < _text.Length && _text[_pos] != '\n')
        {
            _pos++;
        }
    }

    private void ScanClosingBracket()
    {
        if (_pos + 1 < _text.Length && _text[_pos + 1] == '(')
        {
            var close = _text[(_pos + 2)..].IndexOfAny(')', '\n');
            if (close >= 0 && _text[_pos + 2 + close] == ')' && close <= MaxTagLength)
            {
                var targetStart = _pos + 2;
                if (close > 0)
                {
                    Emit(targetStart, close, TokenKind.Url);
                }

                _pos = targetStart + close + 1;
                return;
            }
        }

        _pos++;
    }
}

namespace Alwrity.Domain.Analysis.Text;

/// <summary>Web addresses, e-mail addresses, @mentions and #hashtags: one token each, never words.</summary>
internal ref partial struct TokenScanner
{
    private void ScanUrl(int start)
    {
        var j = start;
        var depth = 0;
        while (j < _text.Length)
        {
            var c = _text[j];
            if (char.IsWhiteSpace(c) || c is '<' or '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '`')
            {
                break;
            }

            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }

            j++;
        }

        while (j > start + 1 && _text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*' or '_')
        {
            j--;
        }

        Emit(start, j - start, TokenKind.Url);
        _pos = j;
    }

    /// <summary>
    /// An e-mail address or domain from a word's start; the caller has checked that the character at
    /// <paramref name="wordEnd"/> is one that can continue an address (@ . _ + %).
    /// </summary>
    private bool TryEmailOrDomain(int start, int wordEnd)
    {
        if (wordEnd + 1 >= _text.Length || !CharClass.IsAsciiAlphanumeric(_text[wordEnd + 1]))
        {
            return false;
        }

        var k = start;
        while (k < _text.Length && (CharClass.IsAsciiAlphanumeric(_text[k]) || _text[k] is '.' or '_' or '%' or '+' or '-'))
        {
            k++;
        }

        if (k < _text.Length && _text[k] == '@' && k > start)
        {
            var domainEnd = ScanDomain(k + 1, out var tld);
            if (domainEnd > 0 && tld.Length >= 2 && IsAllLetters(tld))
            {
                Emit(start, domainEnd - start, TokenKind.Email);
                _pos = domainEnd;
                return true;
            }

            return false;
        }

        var end = ScanDomain(start, out var topLevel);
        if (end <= wordEnd || !TopLevelDomains.IsKnown(topLevel))
        {
            return false;
        }

        if (end < _text.Length && _text[end] == '/')
        {
            ScanUrl(start);
            return true;
        }

        Emit(start, end - start, TokenKind.Url);
        _pos = end;
        return true;
    }

    /// <summary>Scans labels separated by dots; returns the end, or 0 when there is no dot.</summary>
    private readonly int ScanDomain(int start, out ReadOnlySpan<char> lastLabel)
    {
        var j = start;
        var labelStart = start;
        var dots = 0;
        while (j < _text.Length)
        {
            var c = _text[j];
            if (CharClass.IsAsciiAlphanumeric(c) || c == '-')
            {
                j++;
            }
            else if (c == '.' && j + 1 < _text.Length && CharClass.IsAsciiAlphanumeric(_text[j + 1]) && j > labelStart)
            {
                dots++;
                labelStart = ++j;
            }
            else
            {
                break;
            }
        }

        lastLabel = _text[labelStart..j];
        return dots > 0 && (j == _text.Length || !char.IsLetterOrDigit(_text[j])) ? j : 0;
    }

    private static bool IsAllLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!CharClass.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private void ScanAt()
    {
        var j = _pos + 1;
        if (!PrecededByWordChar())
        {
            while (j < _text.Length && (CharClass.IsAsciiAlphanumeric(_text[j]) || _text[j] == '_'
                   || (_text[j] == '.' && j + 1 < _text.Length && CharClass.IsAsciiAlphanumeric(_text[j + 1]))))
            {
                j++;
            }
        }

        if (j > _pos + 1)
        {
            Emit(_pos, j - _pos, TokenKind.Mention);
            _pos = j;
            return;
        }

        EmitPunctuation(PunctuationKind.Other);
    }

    private void ScanHash()
    {
        var j = _pos + 1;
        var letters = 0;
        if (!PrecededByWordChar())
        {
            while (j < _text.Length)
            {
                var length = CharClass.LetterOrDigitLength(_text, j);
                if (length == 0 && _text[j] != '_')
                {
                    break;
                }

                letters += length > 0 && !CharClass.IsAsciiDigit(_text[j]) ? 1 : 0;
                j += Math.Max(length, 1);
            }
        }

        if (letters > 0)
        {
            Emit(_pos, j - _pos, TokenKind.Hashtag);
            _pos = j;
            return;
        }

        EmitPunctuation(PunctuationKind.Other);
    }
}

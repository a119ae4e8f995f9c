using System.Runtime.Intrinsics;

namespace Alwrity.Domain.Analysis.Text;

/// <summary>Words, numbers, web addresses, e-mail addresses, mentions and hashtags.</summary>
internal ref partial struct TokenScanner
{
    private const int MaxDottedSegment = 2;

    private void ScanWordOrAddress()
    {
        if (StartsUrl())
        {
            ScanUrl(_pos);
            return;
        }

        ScanWord(_pos);
    }

    private readonly bool StartsUrl()
    {
        var rest = _text[_pos..];
        var first = (char)(rest[0] | 0x20);
        if (first == 'h')
        {
            return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        }

        return first == 'w' && rest.Length > 4 && rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            && CharClass.IsAsciiAlphanumeric(rest[4]);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void ScanWord(int start)
    {
        var j = start;
        var segmentStart = start;
        var nonAscii = false;
        while (j < _text.Length)
        {
            if (Vector128.IsHardwareAccelerated && j + CharClass.RunWidth <= _text.Length)
            {
                var run = CharClass.AsciiAlphanumericRun(_text, j);
                j += run;
                if (run == CharClass.RunWidth)
                {
                    continue;
                }
            }

            var c = _text[j];
            if (c < 128)
            {
                if (CharClass.IsAsciiAlphanumeric(c))
                {
                    j++;
                    continue;
                }
            }
            else
            {
                var letter = CharClass.LetterOrDigitLength(_text, j);
                if (letter > 0)
                {
                    nonAscii = true;
                    j += letter;
                    continue;
                }
            }

            var next = j + 1 < _text.Length ? _text[j + 1] : ' ';
            if (CharClass.IsApostrophe(c) && char.IsLetter(next))
            {
                j++;
            }
            else if (c is '-' or '\u2010' or '\u2011' && char.IsLetterOrDigit(next))
            {
                j++;
            }
            else if (c == '.' && char.IsLetter(next) && j - segmentStart <= MaxDottedSegment)
            {
                segmentStart = ++j;
            }
            else if (c >= '\u0300' && CharClass.IsCombiningMark(c))
            {
                nonAscii = true;
                j++;
            }
            else
            {
                break;
            }
        }

        // Most words end at a space or a mark that cannot continue an address: test that here, not in a call.
        if (!nonAscii && j < _text.Length && _text[j] is '@' or '.' or '_' or '+' or '%' && TryEmailOrDomain(start, j))
        {
            return;
        }

        EmitWord(start, j, nonAscii);
    }

    private void EmitWord(int start, int end, bool nonAscii)
    {
        var flags = nonAscii ? TokenFlags.NonAscii : TokenFlags.None;
        var first = _text[start];
        if (first < 128 ? (uint)(first - 'A') <= 'Z' - 'A' : char.IsUpper(first))
        {
            flags |= TokenFlags.Capitalised;
            if (end - start > 1 && IsAllCaps(_text[start..end]))
            {
                flags |= TokenFlags.AllCaps;
            }
        }

        // A possessive plural (dogs') keeps its apostrophe; it is not a closing quote.
        if (end < _text.Length && CharClass.IsApostrophe(_text[end]) && (_text[end - 1] | 0x20) == 's'
            && (end + 1 == _text.Length || !char.IsLetterOrDigit(_text[end + 1])))
        {
            end++;
            flags |= TokenFlags.TrailingApostrophe;
        }

        Emit(start, end - start, TokenKind.Word, PunctuationKind.Other, flags);
        _pos = end;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private void ScanNumber()
    {
        var start = _pos;
        if (start + 1 < _text.Length && _text[start + 1] is '\uFE0F' or '\u20E3')
        {
            ScanEmoji(); // keycap: 1️⃣
            return;
        }

        var j = start;
        while (j < _text.Length)
        {
            var c = _text[j];
            if (CharClass.IsAsciiDigit(c))
            {
                j++;
            }
            else if (c == ',' && IsThousandsGroup(j + 1))
            {
                j += 4;
            }
            else if (c == '.' && j + 1 < _text.Length && CharClass.IsAsciiDigit(_text[j + 1]))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        while (j < _text.Length && CharClass.LetterOrDigitLength(_text, j) == 1 && _text[j] < 128)
        {
            j++; // 5th, 1990s, 3pm
        }

        Emit(start, j - start, TokenKind.Number);
        _pos = j;
    }

    private readonly bool IsThousandsGroup(int i) =>
        i + 3 <= _text.Length
        && CharClass.IsAsciiDigit(_text[i]) && CharClass.IsAsciiDigit(_text[i + 1]) && CharClass.IsAsciiDigit(_text[i + 2])
        && (i + 3 == _text.Length || !CharClass.IsAsciiDigit(_text[i + 3]));

    private readonly bool PrecededByWordChar() => _pos > 0 && (char.IsLetterOrDigit(_text[_pos - 1]) || _text[_pos - 1] == '&');
}

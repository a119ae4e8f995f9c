using System.Globalization;
using System.Text;

namespace Alwrity.Domain.Analysis.Text;

/// <summary>Punctuation, quotes, dashes, ellipses and characters outside ASCII (letters, emoji, symbols).</summary>
internal ref partial struct TokenScanner
{
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

namespace Alwrity.Domain.Analysis.Text;

/// <summary>Leftover HTML: tags are skipped (block tags break paragraphs), entities count as the mark they stand for.</summary>
internal ref partial struct TokenScanner
{
    private void ScanAngleBracket()
    {
        var next = _pos + 1 < _text.Length ? _text[_pos + 1] : ' ';
        if (!(CharClass.IsAsciiLetter(next) || next is '/' or '!' or '?'))
        {
            EmitPunctuation(PunctuationKind.Other);
            return;
        }

        var window = _text.Slice(_pos, Math.Min(MaxTagLength, _text.Length - _pos));
        if (window.StartsWith("<!--"))
        {
            var endComment = _text[_pos..].IndexOf("-->");
            _pos = endComment < 0 ? _text.Length : _pos + endComment + 3;
            return;
        }

        var close = window.IndexOf('>');
        if (close < 0)
        {
            EmitPunctuation(PunctuationKind.Other);
            return;
        }

        var tag = window[1..close];
        var closing = tag.Length > 0 && tag[0] == '/';
        var name = TagName(closing ? tag[1..] : tag);
        var tagStart = _pos;
        _pos += close + 1;
        if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
        {
            SkipRawText(name);
            return;
        }

        EmitTagBreak(tagStart, name, closing);
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag)
    {
        var j = 0;
        while (j < tag.Length && CharClass.IsAsciiAlphanumeric(tag[j]))
        {
            j++;
        }

        return tag[..j];
    }

    private void EmitTagBreak(int start, ReadOnlySpan<char> name, bool closing)
    {
        Span<char> lower = stackalloc char[12];
        if (name.Length is 0 or > 10)
        {
            return;
        }

        var length = name.ToLowerInvariant(lower);
        var tag = lower[..length];
        if (tag is "br")
        {
            Emit(start, 1, TokenKind.LineBreak, PunctuationKind.Other, TokenFlags.HardBreak);
        }
        else if (tag is "li" && !closing)
        {
            Emit(start, 1, TokenKind.ListItem);
        }
        else if (tag is "p" or "div" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "tr" or "table"
                 or "blockquote" or "section" or "article" or "hr" or "header" or "footer" or "pre" or "li")
        {
            Emit(start, 1, TokenKind.ParagraphBreak);
        }
    }

    private void SkipRawText(ReadOnlySpan<char> name)
    {
        Span<char> end = stackalloc char[8];
        end[0] = '<';
        end[1] = '/';
        name.CopyTo(end[2..]);
        var found = _text[_pos..].IndexOf(end[..(name.Length + 2)], StringComparison.OrdinalIgnoreCase);
        _pos = found < 0 ? _text.Length : _pos + found;
    }

    private void ScanAmpersand()
    {
        var window = _text.Slice(_pos + 1, Math.Min(10, _text.Length - _pos - 1));
        var semicolon = window.IndexOf(';');
        if (semicolon < 2)
        {
            EmitPunctuation(PunctuationKind.Other);
            return;
        }

        var name = window[..semicolon];
        var kind = EntityKind(name, out var known);
        if (!known)
        {
            EmitPunctuation(PunctuationKind.Other);
            return;
        }

        if (kind is { } punctuation)
        {
            Emit(_pos, semicolon + 2, TokenKind.Punctuation, punctuation);
        }

        _pos += semicolon + 2;
    }

    /// <summary>The mark an entity stands for; null for spaces and letters (nothing to count).</summary>
    private static PunctuationKind? EntityKind(ReadOnlySpan<char> name, out bool known)
    {
        known = true;
        if (name[0] == '#')
        {
            var numeric = name[1..];
            var isHex = numeric.Length > 0 && (numeric[0] | 0x20) == 'x';
            if (!int.TryParse(isHex ? numeric[1..] : numeric, isHex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, null, out var cp))
            {
                known = false;
                return null;
            }

            return CodePointKind(cp);
        }

        return name switch
        {
            "nbsp" or "ensp" or "emsp" or "thinsp" or "zwnj" or "zwj" or "shy" => null,
            "mdash" => PunctuationKind.EmDash,
            "ndash" => PunctuationKind.EnDash,
            "hellip" => PunctuationKind.Ellipsis,
            "quot" or "ldquo" or "rdquo" or "laquo" or "raquo" or "bdquo" => PunctuationKind.DoubleQuote,
            "lsquo" => PunctuationKind.OpenSingleQuote,
            "rsquo" or "apos" => PunctuationKind.CloseSingleQuote,
            "amp" or "lt" or "gt" or "copy" or "reg" or "trade" or "euro" or "pound" or "middot" or "bull" => PunctuationKind.Other,
            _ => Unknown(out known),
        };
    }

    private static PunctuationKind? Unknown(out bool known)
    {
        known = false;
        return null;
    }

    private static PunctuationKind? CodePointKind(int cp) => cp switch
    {
        160 or 8203 => null,
        8212 => PunctuationKind.EmDash,
        8211 => PunctuationKind.EnDash,
        8230 => PunctuationKind.Ellipsis,
        34 or 8220 or 8221 => PunctuationKind.DoubleQuote,
        8216 => PunctuationKind.OpenSingleQuote,
        39 or 8217 => PunctuationKind.CloseSingleQuote,
        _ => PunctuationKind.Other,
    };
}

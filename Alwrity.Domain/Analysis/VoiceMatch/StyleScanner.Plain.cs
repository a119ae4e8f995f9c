namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>Words, punctuation and emoji inside an ordinary chunk of text.</summary>
internal sealed partial class StyleScanner
{
    private void ScanPlain(ReadOnlySpan<char> chunk, int start)
    {
        var j = start;
        while (j < chunk.Length)
        {
            var c = chunk[j];
            if (CharKinds.IsWordChar(c))
            {
                j = ReadWord(chunk, j);
                afterZeroWidthJoiner = afterRegionalIndicator = false;
            }
            else if (char.IsHighSurrogate(c) && j + 1 < chunk.Length && char.IsLowSurrogate(chunk[j + 1]))
            {
                ReadSymbol(char.ConvertToUtf32(c, chunk[j + 1]));
                j += 2;
            }
            else if (CharKinds.IsEmoji(c))
            {
                ReadSymbol(c);
                j++;
            }
            else if (c == '\u200D')
            {
                afterZeroWidthJoiner = true;
                j++;
            }
            else if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
                     or System.Globalization.UnicodeCategory.Surrogate)
            {
                j++; // variation selectors, stray surrogates, byte-order marks
            }
            else
            {
                j = ReadPunctuation(chunk, j);
                afterZeroWidthJoiner = afterRegionalIndicator = false;
            }
        }
    }

    private int ReadWord(ReadOnlySpan<char> chunk, int start)
    {
        if (CharKinds.IsIdeograph(chunk[start]))
        {
            CountWord(chunk.Slice(start, 1));
            Emit(chunk[start]);
            return start + 1;
        }

        var end = start;
        while (end < chunk.Length)
        {
            var c = chunk[end];
            var inner = CharKinds.IsApostrophe(c) && end + 1 < chunk.Length && CharKinds.IsWordChar(chunk[end + 1]);
            if (!(inner || (CharKinds.IsWordChar(c) && !CharKinds.IsIdeograph(c))))
            {
                break;
            }

            Emit(inner ? '\'' : char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
            end++;
        }

        CountWord(chunk[start..end]);
        return end;
    }

    private void ReadSymbol(int codePoint)
    {
        if (!CharKinds.IsEmoji(codePoint))
        {
            Emit(CharKinds.OtherMark);
            afterZeroWidthJoiner = afterRegionalIndicator = false;
            return;
        }

        var regional = CharKinds.IsRegionalIndicator(codePoint);
        var continues = afterZeroWidthJoiner || CharKinds.IsEmojiModifier(codePoint) || (regional && afterRegionalIndicator);
        if (!continues)
        {
            Count(PunctuationFeature.Emoji);
            Emit(CharKinds.EmojiMark);
        }

        afterRegionalIndicator = regional && !afterRegionalIndicator;
        afterZeroWidthJoiner = false;
    }

    private int ReadPunctuation(ReadOnlySpan<char> chunk, int j)
    {
        var c = chunk[j];
        var previous = j > 0 ? chunk[j - 1] : ' ';
        var next = j + 1 < chunk.Length ? chunk[j + 1] : ' ';
        var betweenDigits = char.IsDigit(previous) && char.IsDigit(next);
        switch (c)
        {
            case '.' when next == '.':
                var end = j;
                while (end < chunk.Length && chunk[end] == '.')
                {
                    end++;
                }

                if (end - j >= 3)
                {
                    Count(PunctuationFeature.Ellipsis);
                }

                Emit(end - j >= 3 ? '\u2026' : '.');
                return end;
            case '-' when next == '-':
                Count(PunctuationFeature.EmDash);
                Emit('\u2014');
                return chunk[j..].IndexOfAnyExcept('-') is var run and >= 0 ? j + run : chunk.Length;
            case ',' or ':' when betweenDigits:
                break;
            case ',': Count(PunctuationFeature.Comma); break;
            case ';': Count(PunctuationFeature.Semicolon); break;
            case ':': Count(PunctuationFeature.Colon); break;
            case '\u2014' or '\u2015': Count(PunctuationFeature.EmDash); c = '\u2014'; break;
            case '\u2013': Count(PunctuationFeature.EnDash); break;
            case '\u2026': Count(PunctuationFeature.Ellipsis); break;
            case '!': Count(PunctuationFeature.Exclamation); break;
            case '?': Count(PunctuationFeature.Question); break;
            case '(': Count(PunctuationFeature.Parenthesis); break;
            case '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB':
                Count(PunctuationFeature.Quote);
                c = '"';
                break;
            case '\'' or '\u2018' or '\u2019':
                if (!CharKinds.IsWordChar(previous))
                {
                    Count(PunctuationFeature.Quote); // an opening single quote; a trailing one may be an apostrophe
                }

                c = '\'';
                break;
        }

        Emit(char.ToLowerInvariant(c));
        return j + 1;
    }
}

namespace Alwrity.Domain.Analysis.Text;

/// <summary>When a period, ellipsis or line break ends a unit.</summary>
internal ref partial struct SentenceSplitter
{
    private readonly bool EndsHere(int terminal, TextToken next, bool strong, bool quoted)
    {
        var nextIsCapitalised = next.Kind == TokenKind.Word && (next.Flags & TokenFlags.Capitalised) != 0;
        var nextStartsUnit = nextIsCapitalised || next.Kind is TokenKind.Number or TokenKind.Emoji or TokenKind.Mention
            or TokenKind.Hashtag or TokenKind.Url || (next.Kind == TokenKind.Punctuation && next.Punctuation is PunctuationKind.DoubleQuote or PunctuationKind.OpenSingleQuote);
        if (strong)
        {
            return !quoted || nextStartsUnit;
        }

        if (_tokens[terminal].Punctuation == PunctuationKind.Ellipsis)
        {
            return nextStartsUnit;
        }

        return !FollowsAbbreviation(terminal, next) || (nextIsCapitalised && Abbreviations.IsSentenceStarter(_text.Slice(next.Start, next.Length)));
    }

    private readonly bool FollowsAbbreviation(int period, TextToken next)
    {
        if (period == 0)
        {
            return false;
        }

        var previous = _tokens[period - 1];
        if (previous.Kind != TokenKind.Word || previous.End != _tokens[period].Start)
        {
            return false;
        }

        var word = _text.Slice(previous.Start, previous.Length);
        if (Abbreviations.IsTitle(word))
        {
            return true; // Mr. Smith: never the end, not even before a capital
        }

        return word.Length == 1 || word.Contains('.') || Abbreviations.IsAbbreviation(word, next.Kind == TokenKind.Number);
    }

    private readonly bool StartsAfresh(TextToken lineBreak, int nextIndex)
    {
        if (_unitWords == 0 || (lineBreak.Flags & TokenFlags.AfterShortLine) == 0 || nextIndex >= _tokens.Length)
        {
            return false;
        }

        var last = _tokens[_unitLast];
        if (last.Kind == TokenKind.Punctuation && last.Punctuation is PunctuationKind.Comma or PunctuationKind.Colon
            or PunctuationKind.Semicolon or PunctuationKind.Hyphen or PunctuationKind.EmDash or PunctuationKind.EnDash)
        {
            return false;
        }

        var next = _tokens[nextIndex];
        return (next.Kind == TokenKind.Word && (next.Flags & TokenFlags.Capitalised) != 0)
            || next.Kind is TokenKind.Emoji or TokenKind.Hashtag or TokenKind.Mention or TokenKind.Url or TokenKind.Number
            || (next.Kind == TokenKind.Punctuation && next.Punctuation == PunctuationKind.OpenParenthesis);
    }
}

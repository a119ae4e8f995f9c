namespace Alwrity.Domain.Analysis.Text;

/// <summary>What a token is: words and numbers are read, the rest is counted but not read.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, including contractions (don't), hyphenated compounds and dotted abbreviations (e.g).</summary>
    Word,
    /// <summary>A number such as 42, 3.14, 1,000 or 5th.</summary>
    Number,
    /// <summary>A web address (http(s)://, www., bare domain, or a markdown link target).</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>An @mention.</summary>
    Mention,
    /// <summary>A #hashtag.</summary>
    Hashtag,
    /// <summary>One emoji, counted once even when it is a ZWJ sequence, a flag or carries a skin tone.</summary>
    Emoji,
    /// <summary>A punctuation mark; see <see cref="PunctuationKind"/>.</summary>
    Punctuation,
    /// <summary>A single line break inside a paragraph.</summary>
    LineBreak,
    /// <summary>A blank line or a block-level HTML tag: the paragraph ends.</summary>
    ParagraphBreak,
    /// <summary>A bullet or number that opens a list item (each item is its own sentence-like unit).</summary>
    ListItem,
    /// <summary>A markdown heading marker: the heading line is its own unit.</summary>
    Heading,
}

/// <summary>The punctuation marks the fingerprint counts.</summary>
public enum PunctuationKind : byte
{
    /// <summary>Not a punctuation token, or a mark we do not count.</summary>
    Other,
    Period,
    Question,
    Exclamation,
    Ellipsis,
    Comma,
    Semicolon,
    Colon,
    EmDash,
    EnDash,
    Hyphen,
    DoubleQuote,
    OpenSingleQuote,
    CloseSingleQuote,
    OpenParenthesis,
    CloseParenthesis,
}

/// <summary>Facts about a token found while scanning (word shape, line context).</summary>
[Flags]
public enum TokenFlags : byte
{
    None = 0,
    /// <summary>The first letter is upper case.</summary>
    Capitalised = 1,
    /// <summary>Every letter is upper case (and there are at least two letters).</summary>
    AllCaps = 2,
    /// <summary>Contains a character outside ASCII other than a curly apostrophe.</summary>
    NonAscii = 4,
    /// <summary>A closing single quote followed the word (possessive or end of a quotation).</summary>
    TrailingApostrophe = 8,
    /// <summary>On a line break: the line it ends is short (under 50 characters), as in posts and poems.</summary>
    AfterShortLine = 16,
    /// <summary>On a line break: the line it ends is a list item or a hard &lt;br&gt;, so the unit ends here.</summary>
    HardBreak = 32,
}

/// <summary>One token: where it sits in the original text (UTF-16 offsets) and what it is.</summary>
public readonly record struct TextToken(int Start, int Length, TokenKind Kind, PunctuationKind Punctuation, TokenFlags Flags)
{
    /// <summary>End offset (exclusive) in the original text.</summary>
    public int End => Start + Length;

    /// <summary>True for tokens that are read as words (words and numbers).</summary>
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;
}

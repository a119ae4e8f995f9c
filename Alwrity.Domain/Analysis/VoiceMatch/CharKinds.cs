using System.Globalization;

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>Character classification used by the scanner: word characters, CJK ideographs and emoji.</summary>
internal static class CharKinds
{
    /// <summary>Placeholder written into the character n-gram stream for any emoji.</summary>
    public const char EmojiMark = '\u25C6';

    /// <summary>Placeholder for any other character outside the Basic Multilingual Plane.</summary>
    public const char OtherMark = '\uFFFD';

    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        if (c is >= '\uFE00' and <= '\uFE0F')
        {
            return false; // variation selectors (emoji presentation) are marks, but not part of words
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is <= UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber;
    }

    /// <summary>Scripts written without spaces: each ideograph or kana is counted as one word.</summary>
    public static bool IsIdeograph(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF');

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Pictographic code points (emoji blocks, dingbats, miscellaneous symbols).</summary>
    public static bool IsEmoji(int codePoint) =>
        codePoint is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or 0x2B50 or 0x2B55
            or 0x2B1B or 0x2B1C or 0x231A or 0x231B or 0x23F0 or 0x23F3 or 0x3030 or 0x303D;

    /// <summary>Skin-tone modifiers and regional-indicator letters continue an emoji rather than start one.</summary>
    public static bool IsEmojiModifier(int codePoint) => codePoint is >= 0x1F3FB and <= 0x1F3FF;

    public static bool IsRegionalIndicator(int codePoint) => codePoint is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>Whitespace or a control character: both separate chunks of text.</summary>
    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsControl(c);
}

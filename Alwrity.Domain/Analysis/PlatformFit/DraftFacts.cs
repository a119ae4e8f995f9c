using Alwrity.Domain.Platforms.Text;

namespace Alwrity.Domain.Analysis.PlatformFit;

/// <summary>
/// What the checks need to know about a draft, computed once: the text, a same-length copy for pattern matching
/// (curly quotes straightened, odd spaces made plain, so spans map back one to one), entities, emoji and words.
/// </summary>
internal sealed record DraftFacts(
    string Text,
    string MatchText,
    TextEntities Entities,
    IReadOnlyList<TextRange> Emoji,
    int WordCount)
{
    public static DraftFacts From(string text) =>
        new(text, ToMatchText(text), TextEntities.Scan(text), FindEmoji(text), CountWords(text));

    /// <summary>Counts runs of letters or digits; an apostrophe or hyphen between letters does not split a word.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || (inWord && UnicodeText.IsMark(c)))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                var joins = c is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]);
                inWord = inWord && joins;
            }
        }

        return words;
    }

    private static string ToMatchText(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
                '\u00A0' or '\u2007' or '\u2009' or '\u202F' => ' ',
                var c => c,
            };
        }
    });

    private static List<TextRange> FindEmoji(string text)
    {
        var emoji = new List<TextRange>();
        for (var i = 0; i < text.Length;)
        {
            var size = UnicodeText.NextGraphemeLength(text, i);
            if (EmojiClassifier.IsEmojiCluster(text.AsSpan(i, size)))
            {
                emoji.Add(new TextRange(i, size));
            }

            i += size;
        }

        return emoji;
    }
}

namespace Alwrity.Domain.Platforms.Text;

/// <summary>
/// Finds #hashtags in one pass: '#' (or full-width '＃') not after a word character or '&amp;', followed by letters,
/// digits, marks or '_' with at least one non-digit ("#1" is not a hashtag, as on X and Instagram).
/// </summary>
internal static class HashtagScanner
{
    public static List<TextRange> Find(string text, IReadOnlyList<TextRange> skip)
    {
        var tags = new List<TextRange>();
        var skipper = new RangeSkipper(skip);
        var i = 0;
        while (i < text.Length)
        {
            if (skipper.TrySkip(ref i))
            {
                continue;
            }

            if (text[i] is '#' or '＃' && IsValidBefore(text, i))
            {
                var end = i + 1;
                var hasNonDigit = false;
                while (end < text.Length && UnicodeText.IsWordChar(text[end]))
                {
                    hasNonDigit |= !char.IsDigit(text[end]);
                    end++;
                }

                if (hasNonDigit)
                {
                    tags.Add(new TextRange(i, end - i));
                    i = end;
                    continue;
                }
            }

            i++;
        }

        return tags;
    }

    private static bool IsValidBefore(string text, int i) =>
        i == 0 || (!UnicodeText.IsWordChar(text[i - 1]) && text[i - 1] is not ('&' or '#' or '＃'));
}

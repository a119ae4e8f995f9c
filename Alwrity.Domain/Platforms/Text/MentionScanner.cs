namespace Alwrity.Domain.Platforms.Text;

/// <summary>A mention: the whole <c>@user@domain</c> range and the length of its <c>@user</c> part.</summary>
internal readonly record struct Mention(TextRange Range, int UsernameLength);

/// <summary>
/// Finds @mentions in one pass. Shape follows Mastodon's mention pattern (Account::MENTION_RE): not after a word
/// character, '=' or '/'; a username of [A-Za-z0-9_] with inner '.' or '-' runs; an optional @domain. A dotted
/// handle such as @alice.bsky.social is one mention. Email addresses are not mentions (a word character precedes '@').
/// </summary>
internal static class MentionScanner
{
    public static List<Mention> Find(string text, IReadOnlyList<TextRange> skip)
    {
        var mentions = new List<Mention>();
        var skipper = new RangeSkipper(skip);
        var i = 0;
        while (i < text.Length)
        {
            if (skipper.TrySkip(ref i))
            {
                continue;
            }

            if (text[i] == '@' && IsValidBefore(text, i))
            {
                var userEnd = DottedRunEnd(text, i + 1);
                if (userEnd > i + 1)
                {
                    var end = userEnd;
                    if (end + 1 < text.Length && text[end] == '@')
                    {
                        var domainEnd = DottedRunEnd(text, end + 1);
                        end = domainEnd > end + 1 ? domainEnd : end;
                    }

                    mentions.Add(new Mention(new TextRange(i, end - i), userEnd - i));
                    i = end;
                    continue;
                }
            }

            i++;
        }

        return mentions;
    }

    private static bool IsValidBefore(string text, int i) =>
        i == 0 || (!UnicodeText.IsWordChar(text[i - 1]) && text[i - 1] is not ('=' or '/' or '@' or '.'));

    /// <summary>End of a run like <c>name</c>, <c>first.last</c> or <c>a-b_c</c>: word runs joined by '.' or '-'.</summary>
    private static int DottedRunEnd(string text, int i)
    {
        var end = i;
        var j = i;
        while (j < text.Length)
        {
            var c = text[j];
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                j++;
                end = j;
            }
            else if ((c == '.' || c == '-') && j > i)
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return end;
    }
}

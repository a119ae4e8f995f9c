using System.Text;

namespace Alwrity.Domain.Analysis.Sentiment;

/// <summary>VADER reads emoji through their names ("😁" → "beaming face with smiling eyes").</summary>
internal static class VaderEmoji
{
    public static bool Contains(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 && (char.IsSurrogate(c) || VaderLexicon.Emoji.ContainsKey(c)))
            {
                return ContainsSlow(text);
            }
        }

        return false;
    }

    private static bool ContainsSlow(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value >= 0x80 && VaderLexicon.Emoji.ContainsKey(rune.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces each emoji code point by its description, spaced as the reference does; trims the result.</summary>
    public static string Describe(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length + 32);
        var previousSpace = true;
        foreach (var rune in text.EnumerateRunes())
        {
            if (VaderLexicon.Emoji.TryGetValue(rune.Value, out var description))
            {
                if (!previousSpace)
                {
                    builder.Append(' ');
                }

                builder.Append(description);
                previousSpace = false;
            }
            else
            {
                builder.Append(rune.ToString());
                previousSpace = rune.Value == ' ';
            }
        }

        return builder.ToString().Trim();
    }
}

using System.Buffers;
using System.Text;

namespace Alwrity.Domain.Platforms.Counting;

/// <summary>
/// LinkedIn's API "little text" format (Microsoft Learn): the reserved characters | { } @ [ ] ( ) &lt; &gt; # \ * _ ~
/// must be backslash-escaped in plain text, or the post is silently truncated. Each escape adds one character.
/// </summary>
public static class LinkedInLittleText
{
    /// <summary>The characters the little text format reserves.</summary>
    public const string ReservedCharacters = "|{}@[]()<>#\\*_~";

    private static readonly SearchValues<char> Reserved = SearchValues.Create(ReservedCharacters);

    /// <summary>How many reserved characters the text holds (each becomes two characters when escaped).</summary>
    public static int CountReserved(ReadOnlySpan<char> text)
    {
        var count = 0;
        var rest = text;
        int next;
        while ((next = rest.IndexOfAny(Reserved)) >= 0)
        {
            count++;
            rest = rest[(next + 1)..];
        }

        return count;
    }

    /// <summary>The text with every reserved character backslash-escaped, as the Posts API expects it.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(Reserved) < 0)
        {
            return text ?? string.Empty;
        }

        var builder = new StringBuilder(text.Length + CountReserved(text));
        foreach (var c in text)
        {
            if (Reserved.Contains(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

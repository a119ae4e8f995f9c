namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>Character 3- and 4-grams packed into a <see cref="ulong"/>, 16 bits per char, first char highest.</summary>
internal static class NGramKey
{
    public static string ToText(ulong key)
    {
        Span<char> chars = stackalloc char[4];
        var length = 0;
        for (var shift = 48; shift >= 0; shift -= 16)
        {
            var c = (char)((key >> shift) & 0xFFFF);
            if (c != '\0' || length > 0)
            {
                chars[length++] = c;
            }
        }

        return new string(chars[..length]);
    }

    public static bool TryParse(string text, out ulong key)
    {
        key = 0;
        if (text.Length is < 3 or > 4 || text[0] == '\0')
        {
            return false;
        }

        foreach (var c in text)
        {
            key = (key << 16) | c;
        }

        return true;
    }
}

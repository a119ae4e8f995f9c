namespace Alwrity.Domain.Onboarding.Text;

/// <summary>Word counting for provenance and limits: whitespace-separated tokens holding a letter or digit.</summary>
public static class Words
{
    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        var hasAlnum = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                count += inWord && hasAlnum ? 1 : 0;
                inWord = hasAlnum = false;
            }
            else
            {
                inWord = true;
                hasAlnum |= char.IsLetterOrDigit(c);
            }
        }

        return count + (inWord && hasAlnum ? 1 : 0);
    }

    /// <summary>The first ~<paramref name="maxChars"/> characters, cut at a word boundary, with an ellipsis when cut.</summary>
    public static string Excerpt(string text, int maxChars = 280)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= maxChars)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', maxChars);
        return flat[..(cut > maxChars / 2 ? cut : maxChars)] + "…";
    }
}

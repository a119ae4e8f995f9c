using Alwrity.Domain.Analysis.Lexicon;

namespace Alwrity.Domain.Analysis.Norms;

/// <summary>Which n-grams count as phrases: alphabetic words, first and last not stopwords.</summary>
internal static class PhraseRules
{
    public static bool IsCandidate(string first, string last) =>
        !StopWords.Contains(first) && !StopWords.Contains(last) && IsAlphabetic(first) && IsAlphabetic(last);

    public static bool IsAlphabetic(ReadOnlySpan<char> key)
    {
        var letters = 0;
        foreach (var c in key)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c is not ('\'' or '-'))
            {
                return false;
            }
        }

        return letters > 1;
    }
}

namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>
/// The function-word profile: about 100 of the most frequent English function words (articles, pronouns,
/// prepositions, conjunctions, auxiliaries, common adverbs), in the spirit of Mosteller &amp; Wallace's marker words
/// and Burrows's most-frequent-word lists. The order is fixed, so profiles line up across texts.
/// </summary>
public static class FunctionWords
{
    /// <summary>The words, in profile order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "the", "of", "and", "to", "a", "in", "that", "is", "it", "for", "be", "as", "was", "with", "on", "by", "not",
        "this", "are", "or", "which", "have", "from", "at", "but", "he", "they", "his", "i", "an", "will", "we", "been",
        "has", "all", "their", "would", "you", "there", "were", "if", "so", "can", "no", "one", "its", "more", "may",
        "should", "must", "shall", "these", "those", "our", "us", "my", "me", "your", "him", "her", "she", "them", "who",
        "what", "when", "where", "how", "why", "than", "then", "also", "only", "such", "any", "some", "every", "each",
        "other", "into", "upon", "over", "under", "about", "after", "before", "between", "through", "against", "among",
        "because", "though", "although", "while", "whilst", "until", "do", "does", "did", "had", "could", "might",
        "very", "too", "just", "even", "yet", "still", "both", "either", "neither", "nor", "much", "many",
    ];

    private static readonly Dictionary<string, int> Index = All.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);

    /// <summary>Position of <paramref name="word"/> in <see cref="All"/>, or -1.</summary>
    public static int IndexOf(string word) => Index.TryGetValue(word, out var i) ? i : -1;
}

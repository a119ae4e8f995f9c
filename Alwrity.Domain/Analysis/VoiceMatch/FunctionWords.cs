using System.Collections.Frozen;

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// English function words (pronouns, determiners, prepositions, conjunctions, auxiliaries and modals, common
/// adverbs and particles, contractions) — the classic topic-independent authorship markers (Mosteller &amp;
/// Wallace 1964; Burrows 2002). Explanations word only these (see <see cref="VoiceExplainer"/>); Cosine Delta uses
/// the background's most frequent words of any kind, weighted by how well each separates authors, because on
/// held-out collections that retrieved authors better than this list alone. Compiled for this project.
/// </summary>
internal static class FunctionWords
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // pronouns
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
        "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
        "itself", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose", "which", "what",
        "whatever", "whoever", "whichever", "this", "that", "these", "those", "one", "ones", "oneself",
        "someone", "somebody", "something", "anyone", "anybody", "anything", "everyone", "everybody",
        "everything", "nobody", "nothing", "none",
        // determiners and quantifiers
        "the", "a", "an", "some", "any", "no", "every", "each", "either", "neither", "all", "both", "few",
        "many", "much", "more", "most", "less", "least", "several", "such", "other", "another", "own", "same",
        "enough",
        // prepositions
        "of", "in", "to", "for", "with", "on", "at", "by", "from", "about", "as", "into", "through", "over",
        "under", "after", "before", "between", "against", "during", "without", "within", "upon", "among",
        "amongst", "toward", "towards", "across", "behind", "beyond", "above", "below", "around", "along",
        "near", "since", "until", "till", "unto", "throughout", "despite", "except", "beside", "besides",
        "onto", "off", "out", "up", "down", "via", "per", "like", "unlike", "whereby",
        // conjunctions and subordinators
        "and", "but", "or", "nor", "so", "yet", "if", "because", "although", "though", "while", "whilst",
        "whereas", "unless", "whether", "than", "when", "whenever", "where", "wherever", "why", "how",
        "however", "therefore", "thus", "hence", "moreover", "furthermore", "nevertheless", "also", "then",
        // auxiliaries and modals
        "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does",
        "did", "doing", "done", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "ought",
        // adverbs and particles
        "not", "very", "too", "just", "only", "even", "still", "already", "again", "ever", "never", "always",
        "often", "sometimes", "perhaps", "here", "there", "now", "today", "rather", "quite", "almost",
        "indeed", "really", "well", "else", "once", "soon", "far", "together", "away", "back",
        "instead", "anyway", "maybe",
        // contractions
        "don't", "doesn't", "didn't", "can't", "won't", "wouldn't", "shouldn't", "couldn't", "isn't",
        "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't", "i'm", "i've", "i'll", "i'd", "we're",
        "we've", "we'll", "we'd", "you're", "you've", "you'll", "you'd", "it's", "that's", "there's",
        "let's", "they're", "they've", "he's", "she's", "what's",
    };

    /// <summary>Each function word's position in <see cref="Names"/> (ordinal order), for counting pairs by number.</summary>
    public static FrozenDictionary<string, int> Index { get; } = All.Order(StringComparer.Ordinal)
        .Select((word, i) => (word, i)).ToFrozenDictionary(p => p.word, p => p.i, StringComparer.Ordinal);

    /// <summary>The function words in ordinal order.</summary>
    public static string[] Names { get; } = [.. All.Order(StringComparer.Ordinal)];

    /// <summary>The number of a pair of function words (see <see cref="PairName"/>).</summary>
    public static int Pair(int first, int second) => (first * Names.Length) + second;

    /// <summary>"first second" for a pair number.</summary>
    public static string PairName(int pair) => $"{Names[pair / Names.Length]} {Names[pair % Names.Length]}";

    /// <summary>The pair number of "first second", or -1 when either is not a function word.</summary>
    public static int PairOf(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var lookup = Index.GetAlternateLookup<ReadOnlySpan<char>>();
        return space > 0 && lookup.TryGetValue(name.AsSpan(0, space), out var first)
            && lookup.TryGetValue(name.AsSpan(space + 1), out var second)
            ? Pair(first, second)
            : -1;
    }
}

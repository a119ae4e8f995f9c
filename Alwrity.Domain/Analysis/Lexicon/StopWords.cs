namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>Stopwords for phrases: function words, pronouns, articles, prepositions, auxiliaries and contractions of them.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = Build();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<string> All => Words;

    public static bool Contains(string word) => Words.Contains(word);

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);

    private static HashSet<string> Build()
    {
        var set = new HashSet<string>(FunctionWords.All, StringComparer.Ordinal);
        set.UnionWith(WordLists.FirstPersonSingular);
        set.UnionWith(WordLists.FirstPersonPlural);
        set.UnionWith(WordLists.SecondPerson);
        set.UnionWith(WordLists.ThirdPerson);
        set.UnionWith(WordLists.OtherPronouns);
        set.UnionWith(WordLists.Articles);
        set.UnionWith(WordLists.Prepositions);
        set.UnionWith(WordLists.Verbs.Take(45));
        set.UnionWith(["it's", "that's", "there's", "here", "now", "then", "well", "yes", "not", "am", "also", "like", "s"]);
        return set;
    }
}

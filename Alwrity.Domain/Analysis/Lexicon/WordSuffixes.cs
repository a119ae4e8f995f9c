namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>Light suffix heuristics for open-class words; <see cref="WordClass.Unknown"/> is resolved by context later.</summary>
internal static class WordSuffixes
{
    private static readonly string[] NounSuffixes = ["tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism", "ist", "hood", "dom", "ery", "ogy"];
    private static readonly string[] AdjectiveSuffixes = ["ful", "ous", "ive", "able", "ible", "ic", "less", "ish", "ical", "ary", "ent", "ant"];
    private static readonly string[] VerbSuffixes = ["ize", "ise", "ify", "ing", "ed", "ate"];
    private static readonly HashSet<string> LyNotAdverb = new(["family", "early", "daily", "likely", "friendly", "lovely", "only", "reply", "supply", "july", "italy", "ugly", "holy", "fly", "apply", "rely", "weekly", "monthly", "yearly", "elderly", "silly", "belly", "rally", "ally"], StringComparer.Ordinal);

    public static WordClass Classify(string key)
    {
        if (key.Length > 4 && key.EndsWith("ly", StringComparison.Ordinal))
        {
            return LyNotAdverb.Contains(key) ? (key == "only" ? WordClass.Adverb : WordClass.Adjective) : WordClass.Adverb;
        }

        if (key.Length > 5 && EndsWithAny(key, NounSuffixes))
        {
            return WordClass.Noun;
        }

        if (key.Length > 5 && EndsWithAny(key, AdjectiveSuffixes))
        {
            return WordClass.Adjective;
        }

        if (key.Length > 4 && EndsWithAny(key, VerbSuffixes))
        {
            return WordClass.Verb;
        }

        if (key.Length > 5 && key.EndsWith("al", StringComparison.Ordinal))
        {
            return WordClass.Adjective;
        }

        return WordClass.Unknown;
    }

    private static bool EndsWithAny(string key, string[] suffixes)
    {
        var last = key[^1];
        foreach (var suffix in suffixes)
        {
            if (suffix[^1] == last && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

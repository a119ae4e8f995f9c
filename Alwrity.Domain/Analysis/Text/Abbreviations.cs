namespace Alwrity.Domain.Analysis.Text;

/// <summary>Abbreviations whose period does not end a sentence, and the words that typically open one.</summary>
internal static class Abbreviations
{
    // Titles before a name: the period never ends the sentence.
    private static readonly HashSet<string> Titles = Set(
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "sr", "jr", "st", "rev", "hon", "gen", "col", "capt",
        "cpt", "lt", "sgt", "maj", "cmdr", "adm", "gov", "sen", "rep", "pres", "supt", "insp", "fr", "atty", "supt");

    // Other abbreviations: the period ends the sentence only when a typical sentence opener follows.
    private static readonly HashSet<string> Others = Set(
        "etc", "vs", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "figs", "vol", "vols", "ch", "ed", "eds",
        "pp", "ca", "cf", "al", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tue", "tues",
        "thu", "thur", "thurs", "fri", "ave", "blvd", "rd", "mt", "ft", "oz", "lb", "lbs", "hr", "hrs", "sq", "govt",
        "univ", "assn", "bros", "esq", "incl", "misc", "viz", "resp", "wk", "yr", "yrs", "mo", "mos", "min", "sec", "pt");

    // "No. 5" and "Nos. 3-4": abbreviations only before a number.
    private static readonly HashSet<string> BeforeNumbers = Set("no", "nos", "p", "art", "para", "sec", "op");

    private static readonly HashSet<string> Starters = Set(
        "the", "a", "an", "i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "there", "but",
        "and", "so", "in", "on", "at", "if", "when", "what", "why", "how", "my", "our", "your", "his", "her", "their",
        "its", "as", "for", "to", "after", "before", "then", "now", "one", "all", "some", "many", "most", "no", "not",
        "yes", "please", "let's", "here", "while", "with", "however", "also", "today", "yet", "or", "each", "every");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup = Others.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberLookup = BeforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTitle(ReadOnlySpan<char> word) => word.Length <= 7 && Contains(TitleLookup, word);

    public static bool IsAbbreviation(ReadOnlySpan<char> word, bool beforeNumber) =>
        word.Length <= 7 && (Contains(OtherLookup, word) || (beforeNumber && Contains(NumberLookup, word)));

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => word.Length <= 8 && Contains(StarterLookup, word);

    private static bool Contains(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[WordKey.MaxLength];
        var length = WordKey.Write(word, key, nonAscii: false);
        return lookup.Contains(key[..length]);
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}

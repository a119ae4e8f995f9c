namespace Alwrity.Domain.Analysis.Text;

/// <summary>
/// Words the rules get wrong, with their syllable counts (as in standard dictionaries' hyphenation), kept by hand;
/// beyond them, the counts of a pronouncing dictionary (<see cref="SyllableDictionary"/>).
/// </summary>
internal static class SyllableExceptions
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["people"] = 2, ["peoples"] = 2, ["everything"] = 3, ["everyone"] = 3, ["everybody"] = 4,
        ["everywhere"] = 3, ["business"] = 2, ["businesses"] = 3, ["create"] = 2, ["created"] = 3, ["creates"] = 2,
        ["creating"] = 3, ["creation"] = 3, ["creative"] = 3, ["creativity"] = 5, ["creator"] = 3, ["creators"] = 3,
        ["idea"] = 3, ["ideas"] = 3, ["ideal"] = 3, ["area"] = 3, ["areas"] = 3, ["react"] = 2, ["reaction"] = 3,
        ["reality"] = 4, ["realize"] = 3, ["realized"] = 3, ["theater"] = 3, ["theatre"] = 3, ["naive"] = 2,
        ["poem"] = 2, ["poems"] = 2, ["poet"] = 2, ["poetry"] = 3, ["science"] = 2, ["conscience"] = 2,
        ["scientific"] = 4, ["scientist"] = 3, ["scientists"] = 3, ["museum"] = 3, ["fluid"] = 2, ["ruin"] = 2,
        ["genuine"] = 3, ["eye"] = 1, ["eyes"] = 1,
        ["queue"] = 1, ["recipe"] = 3, ["simile"] = 3, ["acne"] = 2, ["cafe"] = 2,
        ["coordinate"] = 4, ["cooperate"] = 4, ["cooperation"] = 5, ["preview"] = 2, ["review"] = 2,
        ["reviews"] = 2, ["view"] = 1, ["views"] = 1, ["interview"] = 3, ["maybe"] = 2, ["someone"] = 2,
        ["something"] = 2, ["sometimes"] = 2, ["somewhere"] = 2, ["somehow"] = 2, ["anyone"] = 3,
        ["whatever"] = 3, ["however"] = 3, ["forever"] = 3, ["wednesday"] = 2, ["being"] = 2, ["seeing"] = 2,
        ["quiet"] = 2, ["diet"] = 2, ["lion"] = 2, ["via"] = 2, ["vs"] = 2, ["mr"] = 2, ["mrs"] = 2, ["dr"] = 2,
        ["ms"] = 1, ["etc"] = 4, ["ie"] = 2, ["eg"] = 2, ["us"] = 1, ["usa"] = 3, ["uk"] = 2, ["ai"] = 2,
        ["ceo"] = 3, ["api"] = 3, ["seo"] = 3, ["faq"] = 3, ["whole"] = 1, ["one"] = 1, ["once"] = 1,
        ["done"] = 1, ["gone"] = 1, ["none"] = 1, ["come"] = 1, ["some"] = 1, ["were"] = 1, ["there"] = 1,
        ["where"] = 1, ["here"] = 1, ["have"] = 1, ["give"] = 1, ["live"] = 1, ["love"] = 1, ["move"] = 1,
        ["above"] = 2, ["whose"] = 1, ["these"] = 1, ["those"] = 1, ["able"] = 2, ["table"] = 2,
        ["apple"] = 2, ["hundred"] = 2, ["hundreds"] = 2, ["toward"] = 2, ["towards"] = 2, ["naturally"] = 4,
        ["usually"] = 4, ["actually"] = 4, ["really"] = 2, ["real"] = 1, ["area's"] = 3, ["rhythm"] = 2,
        ["rhythms"] = 2, ["prism"] = 2, ["chasm"] = 2, ["spasm"] = 2, ["doesn"] = 1, ["shoe"] = 1,
        ["canoe"] = 2, ["hyperbole"] = 4, ["epitome"] = 4, ["karaoke"] = 4, ["anemone"] = 4, ["apostrophe"] = 4,
        ["catastrophe"] = 4, ["coyote"] = 3, ["abalone"] = 4, ["sesame"] = 3, ["facade"] = 2, ["ukulele"] = 4,
        ["iphone"] = 2, ["youtube"] = 2, ["linkedin"] = 3, ["online"] = 2, ["website"] = 2, ["anyway"] = 3,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The syllables of a folded word (a-z only) when the rules would miscount it: the list above, then the dictionary.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out int syllables) =>
        Lookup.TryGetValue(word, out syllables) || SyllableDictionary.TryGet(word, out syllables);

    /// <summary>Only the hand-kept list above (it decides over the dictionary).</summary>
    public static bool TryGetKept(ReadOnlySpan<char> word, out int syllables) => Lookup.TryGetValue(word, out syllables);
}

namespace Alwrity.Domain.Analysis.Sentiment;

/// <summary>
/// VADER's published constants and rule word lists (Hutto &amp; Gilbert 2014, "VADER: A Parsimonious Rule-based Model
/// for Sentiment Analysis of Social Media Text", ICWSM-14), as used by the reference implementation.
/// </summary>
internal static class VaderRules
{
    /// <summary>Mean intensity increase for a booster word.</summary>
    public const double BoosterIncrement = 0.293;

    /// <summary>Mean intensity increase for an ALL-CAPS word among mixed-case words.</summary>
    public const double CapsIncrement = 0.733;

    /// <summary>Scalar applied to a negated valence.</summary>
    public const double NegationScalar = -0.74;

    /// <summary>Normalisation constant: compound = sum / √(sum² + α).</summary>
    public const double Alpha = 15;

    public static readonly string[] Negations =
    [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't", "couldn't",
        "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "don't",
        "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor",
        "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't",
        "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom",
        "despite",
    ];

    private static readonly string[] Increasers =
    [
        "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply", "effing",
        "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme", "extremely",
        "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully",
        "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely", "incredible", "incredibly",
        "intensely", "major", "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so",
        "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably",
        "unusually", "utter", "utterly", "very",
    ];

    private static readonly string[] Decreasers =
    [
        "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little", "marginal",
        "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight", "slightly", "somewhat",
        "sort of", "sorta", "sortof", "sort-of",
    ];

    /// <summary>Booster and dampener words (degree adverbs) with their scalar.</summary>
    public static IEnumerable<(string Word, double Value)> Boosters =>
        Increasers.Select(w => (w, BoosterIncrement)).Concat(Decreasers.Select(w => (w, -BoosterIncrement)));

    /// <summary>Idioms and phrases containing lexicon words, with the valence that replaces the word's own.</summary>
    public static readonly Dictionary<string, double> SpecialCases = new(StringComparer.Ordinal)
    {
        ["the shit"] = 3, ["the bomb"] = 3, ["bad ass"] = 1.5, ["badass"] = 1.5, ["bus stop"] = 0.0, ["yeah right"] = -2,
        ["kiss of death"] = -1.5, ["to die for"] = 3, ["beating heart"] = 3.1, ["broken heart"] = -2.9,
    };

    public static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> SpecialCaseLookup =
        SpecialCases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Multi-word boosters ("kind of", "sort of", "just enough") for the n-gram check.</summary>
    public static readonly Dictionary<string, double> PhraseBoosters =
        Boosters.Where(b => b.Word.Contains(' ', StringComparison.Ordinal)).ToDictionary(b => b.Word, b => b.Value, StringComparer.Ordinal);

    public static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> PhraseBoosterLookup =
        PhraseBoosters.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly (string Word, VaderCode Code)[] Codes =
    [
        ("kind", VaderCode.Kind), ("of", VaderCode.Of), ("no", VaderCode.No), ("or", VaderCode.Or), ("nor", VaderCode.Nor),
        ("least", VaderCode.Least), ("at", VaderCode.At), ("very", VaderCode.Very), ("never", VaderCode.Never),
        ("so", VaderCode.So), ("this", VaderCode.This), ("without", VaderCode.Without), ("doubt", VaderCode.Doubt),
        ("but", VaderCode.But),
    ];
}

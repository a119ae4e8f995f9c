using Alwrity.Domain.Analysis.Metrics;
using Alwrity.Domain.Analysis.Norms;

namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>Computes a <see cref="WordInfo"/> from a word key (once per distinct word).</summary>
internal static class WordProfiler
{
    private static readonly Dictionary<string, WordListFacts> Listed = WordListFacts.Build();
    private static readonly HashSet<string> ApostropheSBases = new(["it", "that", "there", "here", "what", "where", "who", "how", "he", "she", "let", "when", "why", "everyone", "everything", "nobody", "someone", "something"], StringComparer.Ordinal);

    private static readonly (string Suffix, string Replacement)[] BaseFormRules =
    [
        ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("est", ""), ("'s", ""),
    ];

    public static WordInfo Describe(string key, BackgroundNorms norms, bool markerTail)
    {
        var measure = WordMeasures.Measure(key, isNumber: false);
        norms.Words.TryGetValue(key, out var count);
        var rank = BaseFormRank(key, norms);
        var listed = Listed.GetValueOrDefault(key, WordListFacts.None);
        var traits = Traits(key, listed) | (markerTail ? WordTraits.MarkerTail : WordTraits.None);
        if (listed.Person != Person.None)
        {
            traits |= WordTraits.AnyPerson;
        }

        var wordClass = listed.ClosedClass != WordClass.Unknown ? listed.ClosedClass : WordSuffixes.Classify(key);
        return new WordInfo(key, (short)Math.Min(measure.Syllables, short.MaxValue), (short)CountLetters(key), measure.ComplexIfNotProperNoun,
            count, rank, listed.FunctionWordIndex, traits, wordClass, listed.Person);
    }

    /// <summary>Rank of the word or, when better, of its base form (posts → post, measuring → measure), so inflection is not rarity.</summary>
    private static int BaseFormRank(string key, BackgroundNorms norms)
    {
        var ranks = norms.RankLookup;
        var best = ranks.TryGetValue(key, out var rank) ? rank : int.MaxValue;
        Span<char> baseForm = stackalloc char[key.Length + 1];
        foreach (var (suffix, replacement) in BaseFormRules)
        {
            if (key.Length > suffix.Length + 2 && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = key.AsSpan(0, key.Length - suffix.Length);
                stem.CopyTo(baseForm);
                replacement.CopyTo(baseForm[stem.Length..]);
                if (ranks.TryGetValue(baseForm[..(stem.Length + replacement.Length)], out var baseRank))
                {
                    best = Math.Min(best, baseRank);
                }
            }
        }

        return best;
    }

    private static WordTraits Traits(string key, WordListFacts listed)
    {
        var t = listed.Traits;
        t |= key.Length > 4 && key.EndsWith("ed", StringComparison.Ordinal) ? WordTraits.Participle : 0;
        t |= Norms.PhraseRules.IsAlphabetic(key) ? WordTraits.Alphabetic : 0;
        t |= key == "to" ? WordTraits.To : 0;
        t |= ContractionTraits(key);
        return t;
    }

    private static WordTraits ContractionTraits(string key)
    {
        var apostrophe = key.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe <= 0 || apostrophe == key.Length - 1)
        {
            return WordTraits.None;
        }

        var suffix = key.AsSpan(apostrophe);
        if (key.EndsWith("n't", StringComparison.Ordinal))
        {
            return WordTraits.Contraction | WordTraits.NegativeContraction;
        }

        if (suffix is "'re" or "'ve" or "'ll" or "'d" or "'m")
        {
            return WordTraits.Contraction;
        }

        return suffix is "'s" && ApostropheSBases.Contains(key[..apostrophe]) ? WordTraits.Contraction : WordTraits.None;
    }

    private static int CountLetters(string key)
    {
        var letters = 0;
        foreach (var c in key)
        {
            letters += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return letters;
    }
}

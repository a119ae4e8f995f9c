using Alwrity.Domain.Analysis.Metrics;
using Alwrity.Domain.Analysis.Norms;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>Computes a <see cref="WordInfo"/> from a word key (once per distinct word).</summary>
internal static class WordProfiler
{
    private static readonly Dictionary<string, WordListFacts> Listed = WordListFacts.Build();
    private static readonly HashSet<string> ApostropheSBases = new(["it", "that", "there", "here", "what", "where", "who", "how", "he", "she", "let", "when", "why", "everyone", "everything", "nobody", "someone", "something"], StringComparer.Ordinal);

    // A field, not stackalloc: a method with stackalloc is compiled once, without the tiered compiler's
    // profile-guided pass, and DescribeNew runs for every word new to an analysis.
    [ThreadStatic]
    private static char[]? _baseForm;

    private static readonly (string Suffix, string Replacement)[] BaseFormRules =
    [
        ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("est", ""), ("'s", ""),
    ];

    /// <summary>
    /// Describes a word key. Its rank is its own or, when better, its base form's (posts → post, measuring → measure),
    /// so inflection is not rarity.
    /// </summary>
    public static WordInfo Describe(string key, BackgroundNorms norms, bool markerTail)
    {
        norms.Words.TryGetValue(key, out var count);
        var ranks = norms.RankLookup;
        var best = ranks.TryGetValue(key, out var rank) ? rank : int.MaxValue;
        Span<char> baseForm = stackalloc char[key.Length + 1];
        foreach (var (suffix, replacement) in BaseFormRules)
        {
            if (BaseForm(key, suffix, replacement, baseForm) is var length && length > 0 && ranks.TryGetValue(baseForm[..length], out var baseRank))
            {
                best = Math.Min(best, baseRank);
            }
        }

        return Build(key, count, best, markerTail);
    }

    /// <summary>
    /// Describes a word that is not in <paramref name="catalog"/>, so not in the background norms either (count 0, no
    /// rank of its own); base forms are ranked through the catalog's compact table instead of the norms' dictionaries.
    /// </summary>
    public static WordInfo DescribeNew(string key, WordCatalog catalog)
    {
        var best = int.MaxValue;
        var baseForm = (_baseForm ??= new char[WordKey.MaxLength + WordKey.BlockLength]).AsSpan();
        foreach (var (suffix, replacement) in BaseFormRules)
        {
            if (!Applies(key, suffix))
            {
                continue;
            }

            baseForm.Clear();
            if (BaseForm(key, suffix, replacement, baseForm) is var length && length > 0)
            {
                best = Math.Min(best, catalog.RankOf(baseForm, length));
            }
        }

        return Build(key, 0, best, markerTail: false);
    }

    private static WordInfo Build(string key, int count, int rank, bool markerTail)
    {
        var measure = WordMeasures.Measure(key, isNumber: false);
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

    /// <summary>True when <see cref="BaseForm"/> would write something (the last character is compared first).</summary>
    private static bool Applies(string key, string suffix) =>
        key.Length > suffix.Length + 2 && key[^1] == suffix[^1] && key.EndsWith(suffix, StringComparison.Ordinal);

    /// <summary>Writes key minus <paramref name="suffix"/> plus <paramref name="replacement"/> (posts → post); 0 when the rule does not apply.</summary>
    private static int BaseForm(string key, string suffix, string replacement, Span<char> destination)
    {
        if (key.Length <= suffix.Length + 2 || !key.EndsWith(suffix, StringComparison.Ordinal))
        {
            return 0;
        }

        var stem = key.AsSpan(0, key.Length - suffix.Length);
        stem.CopyTo(destination);
        replacement.CopyTo(destination[stem.Length..]);
        return stem.Length + replacement.Length;
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

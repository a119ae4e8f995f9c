using Alwrity.Domain.Analysis.Metrics;
using Alwrity.Domain.Analysis.Norms;

namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>Computes a <see cref="WordInfo"/> from a word key (once per distinct word).</summary>
internal static class WordProfiler
{
    private static readonly Dictionary<string, WordClass> ClosedClasses = BuildClosedClasses();
    private static readonly Dictionary<string, Person> Persons = BuildPersons();
    private static readonly HashSet<string> Fillers = new(WordLists.Fillers, StringComparer.Ordinal);
    private static readonly HashSet<string> PassiveAuxiliaries = new(WordLists.PassiveAuxiliaries, StringComparer.Ordinal);
    private static readonly HashSet<string> Participles = new(WordLists.IrregularParticiples, StringComparer.Ordinal);
    private static readonly HashSet<string> Imperatives = new(WordLists.ImperativeOpeners, StringComparer.Ordinal);
    private static readonly HashSet<string> Modals = new(["will", "would", "shall", "should", "can", "could", "may", "might", "must", "won't", "can't", "don't", "didn't", "doesn't"], StringComparer.Ordinal);
    private static readonly HashSet<string> SubjectPronouns = new(["i", "you", "we", "they", "he", "she", "it"], StringComparer.Ordinal);
    private static readonly HashSet<string> Determiners = new(["a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that", "these", "those", "every", "each", "some", "any", "no"], StringComparer.Ordinal);
    private static readonly HashSet<string> ApostropheSBases = new(["it", "that", "there", "here", "what", "where", "who", "how", "he", "she", "let", "when", "why", "everyone", "everything", "nobody", "someone", "something"], StringComparer.Ordinal);

    public static WordInfo Describe(string key, BackgroundNorms norms, bool markerTail)
    {
        var measure = WordMeasures.Measure(key, isNumber: false);
        norms.Words.TryGetValue(key, out var count);
        var rank = BaseFormRank(key, norms);
        var traits = Traits(key) | (markerTail ? WordTraits.MarkerTail : WordTraits.None);
        var person = Persons.GetValueOrDefault(key);
        if (person != Person.None)
        {
            traits |= WordTraits.AnyPerson;
        }

        return new WordInfo(key, (short)Math.Min(measure.Syllables, short.MaxValue), (short)CountLetters(key), measure.ComplexIfNotProperNoun,
            count, rank, (short)FunctionWords.IndexOf(key), traits, Classify(key), person);
    }

    /// <summary>Rank of the word or, when better, of its base form (posts → post, measuring → measure), so inflection is not rarity.</summary>
    private static int BaseFormRank(string key, BackgroundNorms norms)
    {
        var best = norms.Ranks.TryGetValue(key, out var rank) ? rank : int.MaxValue;
        ReadOnlySpan<(string Suffix, string Replacement)> rules =
        [
            ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("est", ""), ("'s", ""),
        ];
        foreach (var (suffix, replacement) in rules)
        {
            if (key.Length > suffix.Length + 2 && key.EndsWith(suffix, StringComparison.Ordinal)
                && norms.Ranks.TryGetValue(string.Concat(key.AsSpan(0, key.Length - suffix.Length), replacement), out var baseRank))
            {
                best = Math.Min(best, baseRank);
            }
        }

        return best;
    }

    private static WordTraits Traits(string key)
    {
        var t = WordTraits.None;
        t |= StopWords.Contains(key) ? WordTraits.Stopword : 0;
        t |= Fillers.Contains(key) ? WordTraits.Filler : 0;
        t |= PassiveAuxiliaries.Contains(key) ? WordTraits.PassiveAuxiliary : 0;
        t |= Participles.Contains(key) || (key.Length > 4 && key.EndsWith("ed", StringComparison.Ordinal)) ? WordTraits.Participle : 0;
        t |= Imperatives.Contains(key) ? WordTraits.ImperativeOpener : 0;
        t |= Norms.PhraseRules.IsAlphabetic(key) ? WordTraits.Alphabetic : 0;
        t |= Modals.Contains(key) ? WordTraits.Modal : 0;
        t |= SubjectPronouns.Contains(key) ? WordTraits.SubjectPronoun : 0;
        t |= key == "to" ? WordTraits.To : 0;
        t |= Determiners.Contains(key) ? WordTraits.Determiner : 0;
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

    private static WordClass Classify(string key)
    {
        if (ClosedClasses.TryGetValue(key, out var closed))
        {
            return closed;
        }

        return WordSuffixes.Classify(key);
    }

    private static Dictionary<string, WordClass> BuildClosedClasses()
    {
        var map = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, WordClass c)
        {
            foreach (var w in words)
            {
                map.TryAdd(w, c);
            }
        }

        Add(WordLists.Articles, WordClass.Article);
        Add(WordLists.FirstPersonSingular.Concat(WordLists.FirstPersonPlural).Concat(WordLists.SecondPerson)
            .Concat(WordLists.ThirdPerson).Concat(WordLists.OtherPronouns), WordClass.Pronoun);
        Add(WordLists.Prepositions, WordClass.Preposition);
        Add(WordLists.Interjections, WordClass.Interjection);
        Add(WordLists.Verbs, WordClass.Verb);
        Add(WordLists.Adverbs, WordClass.Adverb);
        Add(WordLists.Adjectives, WordClass.Adjective);
        return map;
    }

    private static Dictionary<string, Person> BuildPersons()
    {
        var map = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var w in WordLists.FirstPersonSingular) { map[w] = Person.FirstSingular; }
        foreach (var w in WordLists.FirstPersonPlural) { map[w] = Person.FirstPlural; }
        foreach (var w in WordLists.SecondPerson) { map[w] = Person.Second; }
        foreach (var w in WordLists.ThirdPerson) { map[w] = Person.Third; }
        return map;
    }
}

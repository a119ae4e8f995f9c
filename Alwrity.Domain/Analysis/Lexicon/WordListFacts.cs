namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>What the closed word lists say about one word: list traits, closed class, person, function-word index.</summary>
internal readonly record struct WordListFacts(WordTraits Traits, WordClass ClosedClass, Person Person, short FunctionWordIndex)
{
    private static readonly HashSet<string> Modals = new(["will", "would", "shall", "should", "can", "could", "may", "might", "must", "won't", "can't", "don't", "didn't", "doesn't"], StringComparer.Ordinal);
    private static readonly HashSet<string> SubjectPronouns = new(["i", "you", "we", "they", "he", "she", "it"], StringComparer.Ordinal);
    private static readonly HashSet<string> Determiners = new(["a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that", "these", "those", "every", "each", "some", "any", "no"], StringComparer.Ordinal);

    /// <summary>Facts of a word on no list.</summary>
    public static readonly WordListFacts None = new(WordTraits.None, WordClass.Unknown, Person.None, -1);

    /// <summary>Every word of any list, so describing a word costs one lookup however many lists there are.</summary>
    public static Dictionary<string, WordListFacts> Build()
    {
        var closed = ClosedClasses();
        var persons = Persons();
        var words = new HashSet<string>(StringComparer.Ordinal);
        words.UnionWith(StopWords.All);
        words.UnionWith(WordLists.Fillers);
        words.UnionWith(WordLists.PassiveAuxiliaries);
        words.UnionWith(WordLists.IrregularParticiples);
        words.UnionWith(WordLists.ImperativeOpeners);
        words.UnionWith(Modals);
        words.UnionWith(SubjectPronouns);
        words.UnionWith(Determiners);
        words.UnionWith(closed.Keys);
        words.UnionWith(persons.Keys);
        words.UnionWith(FunctionWords.All);

        var fillers = new HashSet<string>(WordLists.Fillers, StringComparer.Ordinal);
        var auxiliaries = new HashSet<string>(WordLists.PassiveAuxiliaries, StringComparer.Ordinal);
        var participles = new HashSet<string>(WordLists.IrregularParticiples, StringComparer.Ordinal);
        var imperatives = new HashSet<string>(WordLists.ImperativeOpeners, StringComparer.Ordinal);
        var facts = new Dictionary<string, WordListFacts>(words.Count, StringComparer.Ordinal);
        foreach (var word in words)
        {
            var t = WordTraits.None;
            t |= StopWords.Contains(word) ? WordTraits.Stopword : 0;
            t |= fillers.Contains(word) ? WordTraits.Filler : 0;
            t |= auxiliaries.Contains(word) ? WordTraits.PassiveAuxiliary : 0;
            t |= participles.Contains(word) ? WordTraits.Participle : 0;
            t |= imperatives.Contains(word) ? WordTraits.ImperativeOpener : 0;
            t |= Modals.Contains(word) ? WordTraits.Modal : 0;
            t |= SubjectPronouns.Contains(word) ? WordTraits.SubjectPronoun : 0;
            t |= Determiners.Contains(word) ? WordTraits.Determiner : 0;
            facts[word] = new WordListFacts(t, closed.GetValueOrDefault(word), persons.GetValueOrDefault(word), (short)FunctionWords.IndexOf(word));
        }

        return facts;
    }

    private static Dictionary<string, WordClass> ClosedClasses()
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

    private static Dictionary<string, Person> Persons()
    {
        var map = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var w in WordLists.FirstPersonSingular) { map[w] = Person.FirstSingular; }
        foreach (var w in WordLists.FirstPersonPlural) { map[w] = Person.FirstPlural; }
        foreach (var w in WordLists.SecondPerson) { map[w] = Person.Second; }
        foreach (var w in WordLists.ThirdPerson) { map[w] = Person.Third; }
        return map;
    }
}

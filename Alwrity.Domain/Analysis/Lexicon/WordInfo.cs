namespace Alwrity.Domain.Analysis.Lexicon;

/// <summary>Yes/no facts about a word, computed once per distinct word.</summary>
[Flags]
internal enum WordTraits : uint
{
    None = 0,
    Stopword = 1,
    Filler = 2,
    PassiveAuxiliary = 4,
    Participle = 8,
    Contraction = 16,
    NegativeContraction = 32,
    ImperativeOpener = 64,
    Alphabetic = 128,
    Modal = 256,
    SubjectPronoun = 512,
    To = 1024,
    Determiner = 2048,
    MarkerTail = 4096,
    AnyPerson = 8192,
}

/// <summary>Word classes for the Heylighen–Dewaele formality score.</summary>
internal enum WordClass : byte
{
    Unknown,
    Noun,
    Adjective,
    Preposition,
    Article,
    Pronoun,
    Verb,
    Adverb,
    Interjection,
}

/// <summary>Grammatical person of a pronoun.</summary>
internal enum Person : byte
{
    None,
    FirstSingular,
    FirstPlural,
    Second,
    Third,
}

/// <summary>Everything the fingerprint needs to know about one distinct word (lower-case key).</summary>
internal readonly record struct WordInfo(
    string Key,
    short Syllables,
    short Letters,
    bool Complex,
    int BackgroundCount,
    int BackgroundRank,
    short FunctionWordIndex,
    WordTraits Traits,
    WordClass Class,
    Person Person)
{
    public bool Has(WordTraits trait) => (Traits & trait) != 0;
}

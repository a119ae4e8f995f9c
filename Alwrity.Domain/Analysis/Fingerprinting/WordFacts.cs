using Alwrity.Domain.Analysis.Lexicon;

namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>Yes/no facts the word pass needs for every occurrence of a word.</summary>
[Flags]
internal enum WordFactBits : ushort
{
    None = 0,
    ImperativeOpener = 1,
    NegativeContraction = 2,
    /// <summary>Gunning-complex (three or more syllables, not merely inflected).</summary>
    Complex = 4,
    Alphabetic = 8,
    /// <summary>Alphabetic and ranked outside the 2,000 commonest background words.</summary>
    OutsideTop2000 = 16,
    /// <summary>Alphabetic and ranked outside the 5,000 commonest background words.</summary>
    OutsideTop5000 = 32,
    /// <summary>"to", a modal or a subject pronoun: an unknown word after it is read as a verb.</summary>
    VerbContext = 64,
    Participle = 128,
    PassiveAuxiliary = 256,
    MarkerTail = 512,
}

/// <summary>
/// One word id's per-occurrence facts in 8 bytes: the sentence flags it sets, its yes/no facts and its closed or
/// suffix class. Counts that do not depend on the context (syllables, letters, persons...) are added per distinct
/// word at the end instead (see FingerprintAccumulator.FinishWords).
/// </summary>
internal readonly record struct WordFacts(SentenceFlags Flags, WordFactBits Bits, WordClass Class)
{
    private const int Top2000 = 2000;
    private const int Top5000 = 5000;

    public bool Has(WordFactBits bit) => (Bits & bit) != 0;

    public static WordFacts Of(in WordInfo info)
    {
        var flags = SentenceFlags.None;
        flags |= info.Has(WordTraits.Contraction) ? SentenceFlags.Contraction : 0;
        flags |= info.Has(WordTraits.Filler) ? SentenceFlags.Filler : 0;
        flags |= info.Person switch
        {
            Person.None => SentenceFlags.None,
            Person.FirstSingular => SentenceFlags.FirstSingular,
            Person.FirstPlural => SentenceFlags.FirstPlural,
            Person.Second => SentenceFlags.Second,
            _ => SentenceFlags.Third,
        };
        return new WordFacts(flags, BitsOf(info), info.Class);
    }

    private static WordFactBits BitsOf(in WordInfo info)
    {
        var bits = WordFactBits.None;
        bits |= info.Has(WordTraits.ImperativeOpener) ? WordFactBits.ImperativeOpener : 0;
        bits |= info.Has(WordTraits.NegativeContraction) ? WordFactBits.NegativeContraction : 0;
        bits |= info.Complex ? WordFactBits.Complex : 0;
        if (info.Has(WordTraits.Alphabetic))
        {
            bits |= WordFactBits.Alphabetic;
            bits |= info.BackgroundRank > Top2000 ? WordFactBits.OutsideTop2000 : 0;
            bits |= info.BackgroundRank > Top5000 ? WordFactBits.OutsideTop5000 : 0;
        }

        bits |= (info.Traits & (WordTraits.To | WordTraits.Modal | WordTraits.SubjectPronoun)) != 0 ? WordFactBits.VerbContext : 0;
        bits |= info.Has(WordTraits.Participle) ? WordFactBits.Participle : 0;
        bits |= info.Has(WordTraits.PassiveAuxiliary) ? WordFactBits.PassiveAuxiliary : 0;
        bits |= info.Has(WordTraits.MarkerTail) ? WordFactBits.MarkerTail : 0;
        return bits;
    }
}

using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>
/// Per-word work: sentence flags, names, formality class, passive voice and phrase markers for each occurrence;
/// counts that only depend on the word (readability, vocabulary, contractions, persons) once per distinct word
/// in <see cref="FinishWords"/>, corrected for the occurrences read as names.
/// </summary>
internal sealed partial class FingerprintAccumulator
{
    private int _nameComplex;
    private int _nameAlphabetic;
    private int _nameOutside2000;
    private int _nameOutside5000;

    private void AddWord(ref SentenceState state, int id, TokenFlags tokenFlags)
    {
        var facts = _facts.Of(id);
        BreakBefore.Add(state.PendingBreak);
        state.PendingBreak = 0;
        var isFirst = !state.SeenWord;
        state.SeenWord = true;
        state.AfterTerminal(false);
        state.Flags |= facts.Flags;
        var name = !isFirst && (tokenFlags & TokenFlags.Capitalised) != 0;
        if (isFirst)
        {
            state.OpensWithImperative = facts.Has(WordFactBits.ImperativeOpener);
            state.OpensWithNegativeContraction = facts.Has(WordFactBits.NegativeContraction);
        }
        else if (name)
        {
            CountName(facts.Bits);
        }

        var wordClass = ClassOf(ref state, facts, name);
        Totals.Classes[(int)wordClass]++;
        TrackPassive(ref state, facts, wordClass);
        if (facts.Has(WordFactBits.MarkerTail))
        {
            MatchMarkers(ref state, id);
        }

        state.Push(id);
    }

    /// <summary>A capitalised word inside a sentence is a name: not complex, not vocabulary.</summary>
    private void CountName(WordFactBits bits)
    {
        _nameComplex += (bits & WordFactBits.Complex) != 0 ? 1 : 0;
        _nameAlphabetic += (bits & WordFactBits.Alphabetic) != 0 ? 1 : 0;
        _nameOutside2000 += (bits & WordFactBits.OutsideTop2000) != 0 ? 1 : 0;
        _nameOutside5000 += (bits & WordFactBits.OutsideTop5000) != 0 ? 1 : 0;
    }

    /// <summary>Adds what each distinct word contributes, times its count, then removes what names do not count.</summary>
    private void FinishWords()
    {
        int words = 0, syllables = 0, letters = 0, polysyllables = 0, complex = 0, alphabetic = 0, outside2000 = 0, outside5000 = 0;
        foreach (var id in Words.Touched)
        {
            var count = Words.CountOf(id);
            ref readonly var info = ref Words.Info(id);
            var bits = _facts.Of(id).Bits;
            words += count;
            syllables += count * info.Syllables;
            letters += count * info.Letters;
            polysyllables += info.Syllables >= 3 ? count : 0;
            complex += (bits & WordFactBits.Complex) != 0 ? count : 0;
            alphabetic += (bits & WordFactBits.Alphabetic) != 0 ? count : 0;
            outside2000 += (bits & WordFactBits.OutsideTop2000) != 0 ? count : 0;
            outside5000 += (bits & WordFactBits.OutsideTop5000) != 0 ? count : 0;
            Totals.Contractions += info.Has(WordTraits.Contraction) ? count : 0;
            Totals.Fillers += info.Has(WordTraits.Filler) ? count : 0;
            Totals.Persons[(int)info.Person] += info.Person != Person.None ? count : 0;
        }

        _readability.AddWords(words, syllables, letters, polysyllables, complex - _nameComplex);
        Totals.VocabularyWords += alphabetic - _nameAlphabetic;
        Totals.OutsideTop2000 += outside2000 - _nameOutside2000;
        Totals.OutsideTop5000 += outside5000 - _nameOutside5000;
    }

    /// <summary>
    /// Closed classes and suffixes first; unknown words by the word before them. Computed without a branch: whether a
    /// word's class is known is close to a coin toss in prose, so a branch on it was mispredicted often.
    /// </summary>
    private static WordClass ClassOf(ref SentenceState state, WordFacts facts, bool name)
    {
        var verbGuess = !name & state.PreviousIsVerbContext ? 1 : 0;
        var guess = (int)WordClass.Noun + (verbGuess * ((int)WordClass.Verb - (int)WordClass.Noun));
        var unknown = facts.Class == WordClass.Unknown ? 1 : 0;
        state.PreviousIsVerbContext = facts.Has(WordFactBits.VerbContext);
        return (WordClass)((int)facts.Class + (unknown * guess)); // Unknown is 0
    }

    /// <summary>A form of "be"/"get", then up to two adverbs, then a past participle.</summary>
    private static void TrackPassive(ref SentenceState state, WordFacts facts, WordClass wordClass)
    {
        if (state.PassiveGap >= 0)
        {
            if (facts.Has(WordFactBits.Participle))
            {
                state.Flags |= SentenceFlags.Passive;
                state.PassiveGap = -1;
            }
            else if (wordClass == WordClass.Adverb && state.PassiveGap > 0)
            {
                state.PassiveGap--;
            }
            else
            {
                state.PassiveGap = -1;
            }
        }

        if (facts.Has(WordFactBits.PassiveAuxiliary))
        {
            state.PassiveGap = 2;
        }
    }

    private void MatchMarkers(ref SentenceState state, int id)
    {
        foreach (var marker in Words.Catalog.MarkersEndingWith(id))
        {
            if (!state.EndsWith(marker.Ids))
            {
                continue;
            }

            switch (marker.Kind)
            {
                case MarkerKind.Analogy: Totals.AnalogyMarkers++; state.Flags |= SentenceFlags.Analogy; break;
                case MarkerKind.Storytelling: Totals.StoryMarkers++; state.Flags |= SentenceFlags.Story; break;
                default: Totals.Fillers++; state.Flags |= SentenceFlags.Filler; break;
            }
        }
    }
}

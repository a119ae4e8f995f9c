using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>Per-word work: counts, readability, vocabulary, perspective, formality class, passive and markers.</summary>
internal sealed partial class FingerprintAccumulator
{
    private const int Top2000 = 2000;
    private const int Top5000 = 5000;

    private void AddWord(ref SentenceState state, ReadOnlySpan<char> key, TokenFlags tokenFlags)
    {
        var id = Words.Add(key);
        ref readonly var info = ref Words.Info(id);
        WordStream.Add(id);
        BreakBefore.Add(state.PendingBreak);
        state.PendingBreak = 0;
        var isFirst = !state.SeenWord;
        state.SeenWord = true;
        state.AfterTerminal(false);
        var name = !isFirst && (tokenFlags & TokenFlags.Capitalised) != 0;
        if (isFirst)
        {
            state.OpensWithImperative = info.Has(WordTraits.ImperativeOpener);
            state.OpensWithNegativeContraction = info.Has(WordTraits.NegativeContraction);
        }

        _readability.Add(info.Syllables, info.Letters, info.Complex && !name);
        CountVocabulary(info, name);
        CountHabits(ref state, info);
        var wordClass = ClassOf(ref state, info, name);
        Totals.Classes[(int)wordClass]++;
        TrackPassive(ref state, info, wordClass);
        if (info.Has(WordTraits.MarkerTail))
        {
            MatchMarkers(ref state, id);
        }

        state.Push(id);
    }

    private void CountVocabulary(in WordInfo info, bool name)
    {
        if (name || !info.Has(WordTraits.Alphabetic))
        {
            return;
        }

        Totals.VocabularyWords++;
        Totals.OutsideTop2000 += info.BackgroundRank > Top2000 ? 1 : 0;
        Totals.OutsideTop5000 += info.BackgroundRank > Top5000 ? 1 : 0;
    }

    private void CountHabits(ref SentenceState state, in WordInfo info)
    {
        if (info.Has(WordTraits.Contraction))
        {
            Totals.Contractions++;
            state.Flags |= SentenceFlags.Contraction;
        }

        if (info.Has(WordTraits.Filler))
        {
            Totals.Fillers++;
            state.Flags |= SentenceFlags.Filler;
        }

        if (info.Person != Person.None)
        {
            Totals.Persons[(int)info.Person]++;
            state.Flags |= info.Person switch
            {
                Person.FirstSingular => SentenceFlags.FirstSingular,
                Person.FirstPlural => SentenceFlags.FirstPlural,
                Person.Second => SentenceFlags.Second,
                _ => SentenceFlags.Third,
            };
        }
    }

    /// <summary>Closed classes and suffixes first; unknown words by the word before them.</summary>
    private static WordClass ClassOf(ref SentenceState state, in WordInfo info, bool name)
    {
        var wordClass = info.Class;
        if (wordClass == WordClass.Unknown)
        {
            var previous = state.PreviousTraits;
            wordClass = name ? WordClass.Noun
                : (previous & (WordTraits.To | WordTraits.Modal | WordTraits.SubjectPronoun)) != 0 ? WordClass.Verb
                : WordClass.Noun;
        }

        state.PreviousTraits = info.Traits;
        return wordClass;
    }

    /// <summary>A form of "be"/"get", then up to two adverbs, then a past participle.</summary>
    private static void TrackPassive(ref SentenceState state, in WordInfo info, WordClass wordClass)
    {
        if (state.PassiveGap >= 0)
        {
            if (info.Has(WordTraits.Participle))
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

        if (info.Has(WordTraits.PassiveAuxiliary))
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

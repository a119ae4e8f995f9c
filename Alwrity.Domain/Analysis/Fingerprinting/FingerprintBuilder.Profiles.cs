using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Metrics;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>Profiles: formality, vocabulary, perspective, punctuation, rhetoric, function words, sufficiency.</summary>
internal static partial class FingerprintBuilder
{
    /// <summary>Heylighen &amp; Dewaele (1999): (noun + adj + prep + art − pron − verb − adv − interj + 100) / 2, in % of words.</summary>
    private static double? Formality(int[] classes)
    {
        var total = 0;
        foreach (var c in classes)
        {
            total += c;
        }

        if (total == 0)
        {
            return null;
        }

        double P(WordClass c) => 100.0 * classes[(int)c] / total;
        return (P(WordClass.Noun) + P(WordClass.Adjective) + P(WordClass.Preposition) + P(WordClass.Article)
            - P(WordClass.Pronoun) - P(WordClass.Verb) - P(WordClass.Adverb) - P(WordClass.Interjection) + 100) / 2;
    }

    private static string VocabularyLevel(FingerprintTotals t)
    {
        if (t.VocabularyWords == 0)
        {
            return "unknown";
        }

        var outside = (double)t.OutsideTop5000 / t.VocabularyWords;
        return outside < 0.06 ? "basic" : outside < 0.12 ? "general" : outside < 0.20 ? "advanced" : "specialist";
    }

    private static (PerspectiveProfile Profile, SentenceFlags Flag) Perspective(FingerprintTotals t, int words)
    {
        if (words == 0)
        {
            return (PerspectiveProfile.Undefined, SentenceFlags.None);
        }

        var p = t.Persons;
        (string Name, int Count, SentenceFlags Flag)[] persons =
        [
            ("firstPersonSingular", p[(int)Person.FirstSingular], SentenceFlags.FirstSingular),
            ("firstPersonPlural", p[(int)Person.FirstPlural], SentenceFlags.FirstPlural),
            ("secondPerson", p[(int)Person.Second], SentenceFlags.Second),
            ("thirdPerson", p[(int)Person.Third], SentenceFlags.Third),
        ];
        var dominant = persons.MaxBy(x => x.Count);
        var profile = new PerspectiveProfile(
            100.0 * persons[0].Count / words, 100.0 * persons[1].Count / words, 100.0 * persons[2].Count / words, 100.0 * persons[3].Count / words,
            dominant.Count > 0 ? dominant.Name : "none");
        return (profile, dominant.Count > 0 ? dominant.Flag : SentenceFlags.None);
    }

    private static PunctuationProfile Punctuation(FingerprintTotals t, int words)
    {
        if (words == 0)
        {
            return PunctuationProfile.Undefined;
        }

        double Per(int count) => 1000.0 * count / words;
        int Mark(PunctuationKind kind) => t.Punctuation[(int)kind];
        var quotes = Mark(PunctuationKind.DoubleQuote) + Mark(PunctuationKind.OpenSingleQuote) + Mark(PunctuationKind.CloseSingleQuote);
        return new PunctuationProfile(
            Per(Mark(PunctuationKind.Comma)), Per(Mark(PunctuationKind.Semicolon)), Per(Mark(PunctuationKind.Colon)),
            Per(Mark(PunctuationKind.EmDash)), Per(Mark(PunctuationKind.EnDash)), Per(Mark(PunctuationKind.Ellipsis)),
            Per(Mark(PunctuationKind.Exclamation)), Per(Mark(PunctuationKind.Question)), Per(quotes),
            Per(Mark(PunctuationKind.OpenParenthesis)), Per(t.Emoji), Per(t.Hashtags), Per(t.Mentions), Per(t.Urls));
    }

    private static RhetoricalDevices Rhetoric(FingerprintAccumulator acc, FingerprintTotals t, int words)
    {
        var sentences = acc.Sentences.Span;
        int rhetorical = 0, listItems = 0, lists = 0;
        var inList = false;
        foreach (var s in sentences)
        {
            rhetorical += s.Has(SentenceFlags.Rhetorical) ? 1 : 0;
            var item = s.Has(SentenceFlags.ListItem);
            listItems += item ? 1 : 0;
            lists += item && !inList ? 1 : 0;
            inList = item;
        }

        return new RhetoricalDevices(
            rhetorical, Statistics.Rate(rhetorical, sentences.Length, 100), t.AnalogyMarkers, Statistics.Rate(t.AnalogyMarkers, words, 1000),
            t.StoryMarkers, Statistics.Rate(t.StoryMarkers, words, 1000), listItems, Statistics.Rate(listItems, sentences.Length, 100), lists);
    }

    private static IReadOnlyDictionary<string, double> FunctionWordProfile(WordIndex index, int words)
    {
        var profile = new Dictionary<string, double>(FunctionWords.All.Count, StringComparer.Ordinal);
        foreach (var word in FunctionWords.All)
        {
            var count = index.Catalog.Lookup.TryGetValue(word.AsSpan(), out var id) ? index.CountOf(id) : 0;
            profile[word] = words > 0 ? 1000.0 * count / words : 0;
        }

        return profile;
    }

    private static DataSufficiency Sufficiency(FingerprintAccumulator acc, int words, int sentences)
    {
        var sources = acc.Sources.Count(s => !string.IsNullOrWhiteSpace(s.Text));
        var (level, message) = words switch
        {
            < 300 => ("insufficient", $"Only {words} words: style measures need at least 300 words and are reliable from about 2,500."),
            < 2500 => ("limited", $"{words} words: enough for a first picture; style measures become reliable from about 2,500 words."),
            < 5000 => ("adequate", $"{words} words: enough for reliable style measures."),
            _ => ("strong", $"{words} words: a strong basis for style measures."),
        };
        return new DataSufficiency(level, words, sources, sentences, 2500, message);
    }
}

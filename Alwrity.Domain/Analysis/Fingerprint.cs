using Alwrity.Domain.Analysis.Metrics;

namespace Alwrity.Domain.Analysis;

/// <summary>
/// The measured linguistic fingerprint of a body of writing. Rates are documented per property; any metric that
/// the text cannot support is null (never NaN or infinity). Serialises with System.Text.Json (camelCase) to the
/// contract other features rely on.
/// </summary>
public sealed record Fingerprint
{
    /// <summary>Words and numbers (URLs, e-mails, mentions, hashtags and emoji are not words).</summary>
    public int WordCount { get; init; }

    /// <summary>Sentence-like units (sentences, list items, headings).</summary>
    public int SentenceCount { get; init; }

    public int ParagraphCount { get; init; }

    /// <summary>Words per sentence.</summary>
    public SentenceLengthStats SentenceLength { get; init; } = SentenceLengthStats.Undefined;

    public SentenceTypeMix SentenceTypes { get; init; } = SentenceTypeMix.Undefined;

    /// <summary>Share of sentences ending in a question mark (0–1).</summary>
    public double? QuestionRate { get; init; }

    /// <summary>Share of sentences ending in an exclamation mark (0–1).</summary>
    public double? ExclamationRate { get; init; }

    /// <summary>Share of sentences with at least one passive construction (0–1, heuristic).</summary>
    public double? PassiveVoiceRate { get; init; }

    public ParagraphLengthStats ParagraphLength { get; init; } = ParagraphLengthStats.Undefined;

    public ReadabilityScores Readability { get; init; } = ReadabilityScores.Undefined;

    /// <summary>VADER over sentences: mean compound, mean proportions and the spread (standard deviation) of compounds.</summary>
    public SentimentSummary Sentiment { get; init; } = SentimentSummary.Undefined;

    /// <summary>Heylighen–Dewaele F-score (0–100; higher is more formal), estimated from word lists and suffixes.</summary>
    public double? Formality { get; init; }

    public LexicalDiversity LexicalDiversity { get; init; } = LexicalDiversity.Undefined;

    /// <summary>Letters and digits per word.</summary>
    public double? AverageWordLength { get; init; }

    /// <summary>basic, general, advanced or specialist (share of words outside the 5,000 commonest); "unknown" without words.</summary>
    public string VocabularyLevel { get; init; } = "unknown";

    public VocabularyProfile Vocabulary { get; init; } = VocabularyProfile.Undefined;

    /// <summary>Contractions per 100 words (don't, we're, it's; not possessives).</summary>
    public double? ContractionRate { get; init; }

    /// <summary>Filler words and phrases per 100 words (really, very, just, actually, kind of…).</summary>
    public double? FillerWordRate { get; init; }

    public PerspectiveProfile Perspective { get; init; } = PerspectiveProfile.Undefined;

    public PunctuationProfile PunctuationPer1000 { get; init; } = PunctuationProfile.Undefined;

    public RhetoricalDevices RhetoricalDevices { get; init; } = RhetoricalDevices.Undefined;

    /// <summary>Per 1,000 words, for each word of <see cref="Lexicon.FunctionWords.All"/> in that order.</summary>
    public IReadOnlyDictionary<string, double> FunctionWords { get; init; } = new Dictionary<string, double>();

    /// <summary>Words used distinctly more often than in the background (log-likelihood), most distinctive first.</summary>
    public IReadOnlyList<GoToTerm> GoToWords { get; init; } = [];

    /// <summary>Two- and three-word phrases used distinctly more often than in the background.</summary>
    public IReadOnlyList<GoToTerm> GoToPhrases { get; init; } = [];

    /// <summary>Emoji per 100 words.</summary>
    public double? EmojiRate { get; init; }

    /// <summary>Hashtags per 100 words.</summary>
    public double? HashtagRate { get; init; }

    /// <summary>@mentions per 100 words.</summary>
    public double? MentionRate { get; init; }

    /// <summary>Web addresses per 100 words.</summary>
    public double? UrlRate { get; init; }

    /// <summary>Up to three supporting sentences per trait, with offsets into the original source text.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    public DataSufficiency Sufficiency { get; init; } = DataSufficiency.None;
}

namespace Alwrity.Domain.Analysis;

/// <summary>Words per sentence: mean, median, population standard deviation and 10th/90th percentiles (linear interpolation).</summary>
public sealed record SentenceLengthStats(double? Mean, double? Median, double? StdDev, double? P10, double? P90, int? Max)
{
    public static SentenceLengthStats Undefined { get; } = new(null, null, null, null, null, null);
}

/// <summary>
/// Sentence types as shares (sum 1): interrogative (ends with ?), exclamatory (ends with !), imperative (opens with a
/// base-form verb, "please" or "let's"), declarative (the rest). Scheme: by end mark and opening word, not clause structure.
/// </summary>
public sealed record SentenceTypeMix(double? Declarative, double? Interrogative, double? Exclamatory, double? Imperative)
{
    public static SentenceTypeMix Undefined { get; } = new(null, null, null, null);
}

/// <summary>Paragraph size in sentences and words.</summary>
public sealed record ParagraphLengthStats(double? MeanSentences, double? MeanWords, double? MedianWords, int? MaxWords)
{
    public static ParagraphLengthStats Undefined { get; } = new(null, null, null, null);
}

/// <summary>VADER over sentences: mean compound, mean positive/neutral/negative proportions, spread = standard deviation of compounds.</summary>
public sealed record SentimentSummary(double? Compound, double? Positive, double? Neutral, double? Negative, double? Spread)
{
    public static SentimentSummary Undefined { get; } = new(null, null, null, null, null);
}

/// <summary>MTLD (McCarthy &amp; Jarvis 2010, threshold 0.72) and the plain type-token ratio.</summary>
public sealed record LexicalDiversity(double? Mtld, double? TypeTokenRatio)
{
    public static LexicalDiversity Undefined { get; } = new(null, null);
}

/// <summary>Shares of words (names excluded) outside the 2,000 and 5,000 commonest background words.</summary>
public sealed record VocabularyProfile(double? OutsideTop2000, double? OutsideTop5000)
{
    public static VocabularyProfile Undefined { get; } = new(null, null);
}

/// <summary>Pronoun rates per 100 words by person (third person = he/she/they forms) and the dominant one.</summary>
public sealed record PerspectiveProfile(double? FirstPersonSingular, double? FirstPersonPlural, double? SecondPerson, double? ThirdPerson, string Dominant)
{
    public static PerspectiveProfile Undefined { get; } = new(null, null, null, null, "none");
}

/// <summary>Marks per 1,000 words. Quote counts every quotation mark; parenthesis counts opening brackets.</summary>
public sealed record PunctuationProfile(
    double? Comma, double? Semicolon, double? Colon, double? EmDash, double? EnDash, double? Ellipsis, double? Exclamation,
    double? Question, double? Quote, double? Parenthesis, double? Emoji, double? Hashtag, double? Mention, double? Url)
{
    public static PunctuationProfile Undefined { get; } = new(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
}

/// <summary>
/// Rhetorical devices: rhetorical questions (questions the writer goes on from, or opening with a negative
/// contraction), analogy markers ("like a", "as if", "is a kind of"…), storytelling markers ("when I", "yesterday",
/// "I remember"…) and list items. Rates: per 100 sentences for questions and list items, per 1,000 words for markers.
/// </summary>
public sealed record RhetoricalDevices(
    int RhetoricalQuestions, double? RhetoricalQuestionRate, int AnalogyMarkers, double? AnalogyPer1000,
    int StorytellingMarkers, double? StorytellingPer1000, int ListItems, double? ListItemRate, int Lists)
{
    public static RhetoricalDevices Undefined { get; } = new(0, null, 0, null, 0, null, 0, null, 0);
}

/// <summary>A go-to word or phrase: count, rate per 1,000 words, and its log-likelihood (G²) against the background.</summary>
public sealed record GoToTerm(string Term, int Count, double Per1000, double Distinctiveness);

/// <summary>A sentence supporting a trait: source, offsets (UTF-16, in the original source text) and the quote itself.</summary>
public sealed record Evidence(string Trait, string SourceId, int Start, int Length, string Quote);

/// <summary>Whether there was enough text: level insufficient (&lt; 300 words), limited (&lt; 2,500), adequate (&lt; 5,000) or strong.</summary>
public sealed record DataSufficiency(string Level, int WordsAnalysed, int SourcesAnalysed, int SentencesAnalysed, int RecommendedWords, string Message)
{
    public static DataSufficiency None { get; } = new("insufficient", 0, 0, 0, 2500, "No text to analyse.");
}

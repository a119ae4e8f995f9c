namespace Alwrity.Domain.Personas.Model;

/// <summary>
/// The measured figures persona rules reason about, in one flat record. Built from the analyzer's
/// fingerprint by <see cref="VoiceMeasurementsMapper"/>, the only place that knows the fingerprint's layout.
/// Rates: per 100 words for pronouns, contractions and fillers; per 1,000 words for punctuation and symbols;
/// question/exclamation rates as the share of sentences (0–1).
/// </summary>
public sealed record VoiceMeasurements
{
    public int Words { get; init; }
    public int Sentences { get; init; }
    public double MeanSentenceLength { get; init; }
    public double MedianSentenceLength { get; init; }
    public double P10SentenceLength { get; init; }
    public double P90SentenceLength { get; init; }
    public double SentencesPerParagraph { get; init; }
    public double FleschReadingEase { get; init; }
    public double GradeLevel { get; init; }
    public double QuestionShare { get; init; }
    public double ExclamationShare { get; init; }
    public double PassiveShare { get; init; }
    public double ExclamationsPer1000 { get; init; }
    public double EmDashesPer1000 { get; init; }
    public double EllipsesPer1000 { get; init; }
    public double SemicolonsPer1000 { get; init; }
    public double QuestionMarksPer1000 { get; init; }
    public double EmojiPer1000 { get; init; }
    public double HashtagsPer1000 { get; init; }
    public double ContractionsPer100 { get; init; }
    public double FillersPer100 { get; init; }
    public double FirstSingularPer100 { get; init; }
    public double FirstPluralPer100 { get; init; }
    public double SecondPersonPer100 { get; init; }
    public double ThirdPersonPer100 { get; init; }
    public double SentimentMean { get; init; }
    public double SentimentSpread { get; init; }
    public double Formality { get; init; }
    public double Mtld { get; init; }
    public double ListItemsPer1000 { get; init; }
    public string VocabularyLevel { get; init; } = "general";
    public IReadOnlyList<string> GoToWords { get; init; } = [];
    public IReadOnlyList<string> GoToPhrases { get; init; } = [];

    /// <summary>The perspective that dominates: "I", "we", "you" or "they".</summary>
    public string DominantPerspective
    {
        get
        {
            var options = new[]
            {
                ("I", FirstSingularPer100), ("we", FirstPluralPer100), ("you", SecondPersonPer100), ("they", ThirdPersonPer100),
            };
            return options.MaxBy(o => o.Item2).Item1;
        }
    }

    /// <summary>"never", "rarely", "sometimes" or "often" for a rate per 1,000 words.</summary>
    public static string Frequency(double per1000) => per1000 switch
    {
        < 0.05 => "never",
        < 1.5 => "rarely",
        < 6 => "sometimes",
        _ => "often",
    };
}

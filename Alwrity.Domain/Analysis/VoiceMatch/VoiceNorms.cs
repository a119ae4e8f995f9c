namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Background statistics for voice match, built from public-domain corpora by <see cref="VoiceNormsBuilder"/>:
/// the most frequent words and function-word pairs ("of the", counted like words) with their mean and standard deviation per 1,000 words across text chunks,
/// punctuation norms (of the square root of the rate per 1,000 words), the most frequent character n-grams of
/// each order (per 1,000 n-grams of that order), each word and n-gram with its weight (how much of its spread
/// tells authors apart), the calibration model, and the directions projected out of every voice's word z-scores
/// (<see cref="NuisanceDirections"/>; none in norms older than format 4).
/// </summary>
public sealed record VoiceNorms(
    int FormatVersion,
    string Id,
    int ChunkWords,
    int Documents,
    int Chunks,
    IReadOnlyList<WordNorm> Words,
    IReadOnlyList<FeatureNorm> Punctuation,
    IReadOnlyList<FeatureNorm> CharNGrams,
    VoiceCalibration Calibration,
    NuisanceDirections? Nuisance = null)
{
    /// <summary>
    /// The current <see cref="FormatVersion"/>: 2 added n-gram orders 2–5 and feature weights, 3 function-word pairs
    /// among the words, 4 the <see cref="Nuisance"/> directions.
    /// </summary>
    public const int CurrentFormatVersion = 4;
}

/// <summary>
/// One most-frequent word, or a pair of adjacent function words written with one space ("of the"): mean and standard deviation of its rate per 1,000 words across chunks, and its weight
/// in the word distance (see <see cref="FeatureNorm"/>).
/// </summary>
public sealed record WordNorm(string Word, double Mean, double Std, double Weight = 1);

/// <summary>
/// Mean and standard deviation of one feature across chunks. <paramref name="Weight"/> (0–1) is the share of the
/// feature's spread that lies between authors of one collection rather than within an author's own chunks,
/// σ_between / √(σ_between² + σ_within²); it scales the feature's z-score in the distances.
/// </summary>
public sealed record FeatureNorm(string Feature, double Mean, double Std, double Weight = 1);

/// <summary>
/// Logistic model from distance features to the probability that two texts share an author (classes weighted
/// equally), score thresholds for the verdict, and how well it separated same- and different-author pairs.
/// </summary>
public sealed record VoiceCalibration(
    IReadOnlyList<string> Features,
    double Intercept,
    IReadOnlyList<double> Weights,
    double MatchScore,
    double MismatchScore,
    double Auc,
    double CrossValidatedAuc,
    int SamePairs,
    int DifferentPairs);

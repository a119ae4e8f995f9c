namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Background statistics for voice match, built from public-domain corpora by <see cref="VoiceNormsBuilder"/>:
/// the most frequent words with their mean and standard deviation per 1,000 words across text chunks,
/// punctuation norms (of the square root of the rate per 1,000 words), the most frequent character 3–4-grams
/// (per 1,000 n-grams) and the calibration model.
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
    VoiceCalibration Calibration);

/// <summary>One most-frequent word: mean and standard deviation of its rate per 1,000 words across chunks.</summary>
public sealed record WordNorm(string Word, double Mean, double Std);

/// <summary>Mean and standard deviation of one feature across chunks.</summary>
public sealed record FeatureNorm(string Feature, double Mean, double Std);

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

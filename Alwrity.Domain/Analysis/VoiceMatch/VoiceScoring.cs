namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>Applies the calibration: score, combined distance, verdict and confidence.</summary>
internal static class VoiceScoring
{
    /// <summary>
    /// Scores keep two decimals: near 0 or 100 one decimal made different references tie (99.8 vs 99.8), and a
    /// caller that ranks references by score would then pick among them arbitrarily.
    /// </summary>
    public const int ScoreDecimals = 2;

    private static readonly HashSet<string> LengthOnlyFeatures = new(StringComparer.Ordinal) { "candidateScale", "referenceScale" };

    /// <summary>
    /// Score = 100 · logistic(intercept + length terms − distance), where the combined distance is the part of the
    /// linear predictor that comes from the component distances, sign-flipped so that larger means less alike.
    /// </summary>
    public static (double Score, double Distance) Score(VoiceDistances distances, VoiceCalibration calibration)
    {
        var (baseline, distance) = Terms(distances, calibration);
        var score = 100 * LogisticRegression.Sigmoid(baseline - distance);
        return (double.IsFinite(score) ? Math.Round(score, ScoreDecimals) : 0, double.IsFinite(distance) ? distance : 0);
    }

    /// <summary>The unrounded log-odds of the same author (what the score is a rounded logistic of), for ranking.</summary>
    public static double LogOdds(VoiceDistances distances, VoiceCalibration calibration)
    {
        var (baseline, distance) = Terms(distances, calibration);
        var logOdds = baseline - distance;
        return double.IsFinite(logOdds) ? logOdds : double.MinValue;
    }

    private static (double Baseline, double Distance) Terms(VoiceDistances distances, VoiceCalibration calibration)
    {
        var baseline = calibration.Intercept;
        var distance = 0.0;
        for (var j = 0; j < calibration.Features.Count && j < calibration.Weights.Count; j++)
        {
            var term = calibration.Weights[j] * distances.Feature(calibration.Features[j]);
            if (LengthOnlyFeatures.Contains(calibration.Features[j]))
            {
                baseline += term;
            }
            else
            {
                distance -= term;
            }
        }

        return (baseline, distance);
    }

    public static string Verdict(double score, VoiceCalibration calibration) =>
        score >= calibration.MatchScore ? VoiceVerdict.Match
        : score <= calibration.MismatchScore ? VoiceVerdict.Mismatch
        : VoiceVerdict.Uncertain;

    /// <summary>
    /// Grows with both lengths and saturates: each factor is √(n / (n + k)), with k = 300 draft words and
    /// 1,500 reference words; a 1,000-word draft against a 5,000-word reference gives about 0.77.
    /// </summary>
    public static double Confidence(int referenceWords, int candidateWords)
    {
        var draft = Math.Sqrt(candidateWords / (candidateWords + 300.0));
        var reference = Math.Sqrt(referenceWords / (referenceWords + 1500.0));
        return Math.Round(draft * reference, 2);
    }
}

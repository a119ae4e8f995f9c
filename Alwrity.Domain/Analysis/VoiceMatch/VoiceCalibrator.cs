namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Fits the calibration model on same/different-author pairs, measures its AUC in-sample and with author-grouped
/// cross-validation, and sets the verdict thresholds: "match" from the score that only 10% of different-author
/// pairs reach, "mismatch" below the score that 90% of same-author pairs exceed.
/// </summary>
internal static class VoiceCalibrator
{
    private const double FalseMatchRate = 0.10;
    private const double FalseMismatchRate = 0.10;

    public static VoiceCalibration Fit(List<CalibrationPair> pairs, VoiceNormsOptions options)
    {
        var rows = pairs.Select(p => options.Features.Select(p.Distances.Feature).ToArray()).ToList();
        var labels = pairs.Select(p => p.SameAuthor).ToList();
        var (intercept, weights) = LogisticRegression.Fit(rows, labels);
        var scores = rows.Select(r => Score(intercept, weights, r)).ToList();
        var crossValidated = CrossValidatedScores(pairs, rows, labels, options.Folds);

        var different = scores.Where((_, i) => !labels[i]).Order().ToList();
        var same = scores.Where((_, i) => labels[i]).Order().ToList();
        var match = Percentile(different, 1 - FalseMatchRate);
        var mismatch = Percentile(same, FalseMismatchRate);
        if (mismatch > match)
        {
            match = mismatch = (match + mismatch) / 2;
        }

        return new VoiceCalibration(
            [.. options.Features], intercept, weights, Math.Round(match, 1), Math.Round(mismatch, 1),
            RocAuc.Compute(scores, labels), RocAuc.Compute(crossValidated, labels), same.Count, different.Count);
    }

    public static double Score(double intercept, IReadOnlyList<double> weights, IReadOnlyList<double> features)
    {
        var z = intercept;
        for (var j = 0; j < weights.Count; j++)
        {
            z += weights[j] * features[j];
        }

        return 100 * LogisticRegression.Sigmoid(z);
    }

    private static double[] CrossValidatedScores(List<CalibrationPair> pairs, List<double[]> rows, List<bool> labels, int folds)
    {
        var result = new double[pairs.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var train = Enumerable.Range(0, pairs.Count).Where(i => pairs[i].Fold != fold).ToList();
            var test = Enumerable.Range(0, pairs.Count).Where(i => pairs[i].Fold == fold).ToList();
            if (test.Count == 0 || train.Select(i => labels[i]).Distinct().Count() < 2)
            {
                continue;
            }

            var (intercept, weights) = LogisticRegression.Fit([.. train.Select(i => rows[i])], [.. train.Select(i => labels[i])]);
            foreach (var i in test)
            {
                result[i] = Score(intercept, weights, rows[i]);
            }
        }

        return result;
    }

    private static double Percentile(List<double> sorted, double quantile) =>
        sorted.Count == 0 ? 50 : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Count) - 1, 0, sorted.Count - 1)];
}

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Weighted logistic regression by Newton's method (iteratively reweighted least squares) with a small ridge
/// penalty; the two classes get equal total weight, so a probability of 0.5 means "as likely either way".
/// Features are standardised while fitting and the weights returned on the original scale. Deterministic.
/// </summary>
internal static class LogisticRegression
{
    private const double Ridge = 1e-3;

    public static (double Intercept, double[] Weights) Fit(IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels)
    {
        var d = rows[0].Length;
        var (mean, scale) = Standardisation(rows, d);
        var positives = labels.Count(l => l);
        var weightPositive = labels.Count / (2.0 * Math.Max(positives, 1));
        var weightNegative = labels.Count / (2.0 * Math.Max(labels.Count - positives, 1));
        var beta = new double[d + 1];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            var x = new double[d + 1];
            for (var n = 0; n < rows.Count; n++)
            {
                x[0] = 1;
                for (var j = 0; j < d; j++)
                {
                    x[j + 1] = (rows[n][j] - mean[j]) / scale[j];
                }

                var p = Sigmoid(VectorMath.Dot(beta, x));
                var w = labels[n] ? weightPositive : weightNegative;
                var residual = w * ((labels[n] ? 1 : 0) - p);
                var curvature = w * p * (1 - p);
                for (var a = 0; a <= d; a++)
                {
                    gradient[a] += residual * x[a];
                    for (var b = 0; b <= d; b++)
                    {
                        hessian[a, b] += curvature * x[a] * x[b];
                    }
                }
            }

            for (var a = 1; a <= d; a++)
            {
                gradient[a] -= Ridge * rows.Count * beta[a];
                hessian[a, a] += Ridge * rows.Count;
            }

            var step = LinearSolver.Solve(hessian, gradient);
            var change = 0.0;
            for (var a = 0; a <= d; a++)
            {
                beta[a] += step[a];
                change = Math.Max(change, Math.Abs(step[a]));
            }

            if (change < 1e-10)
            {
                break;
            }
        }

        var weights = new double[d];
        var intercept = beta[0];
        for (var j = 0; j < d; j++)
        {
            weights[j] = beta[j + 1] / scale[j];
            intercept -= weights[j] * mean[j];
        }

        return (intercept, weights);
    }

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-Math.Clamp(z, -40, 40)));

    private static (double[] Mean, double[] Scale) Standardisation(IReadOnlyList<double[]> rows, int d)
    {
        var mean = new double[d];
        var scale = new double[d];
        for (var j = 0; j < d; j++)
        {
            mean[j] = rows.Average(r => r[j]);
            var variance = rows.Average(r => (r[j] - mean[j]) * (r[j] - mean[j]));
            scale[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        return (mean, scale);
    }
}

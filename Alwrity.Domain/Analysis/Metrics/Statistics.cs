namespace Alwrity.Domain.Analysis.Metrics;

/// <summary>Descriptive statistics that return null instead of NaN for empty input.</summary>
public static class Statistics
{
    public static double? Mean(ReadOnlySpan<int> values)
    {
        if (values.IsEmpty)
        {
            return null;
        }

        long sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        return (double)sum / values.Length;
    }

    /// <summary>Population standard deviation.</summary>
    public static double? StdDev(ReadOnlySpan<int> values)
    {
        if (Mean(values) is not { } mean)
        {
            return null;
        }

        var squares = 0.0;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return Math.Sqrt(squares / values.Length);
    }

    /// <summary>Percentile (0–100) of sorted values with linear interpolation between closest ranks.</summary>
    public static double? Percentile(ReadOnlySpan<int> sorted, double percent)
    {
        if (sorted.IsEmpty)
        {
            return null;
        }

        var position = percent / 100.0 * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }

    /// <summary>Part of whole, or null when the whole is zero.</summary>
    public static double? Rate(double part, double whole, double per = 1) => whole > 0 ? part / whole * per : null;
}

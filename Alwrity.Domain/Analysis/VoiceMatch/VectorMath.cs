namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>The two dense-vector operations the calibration and the direction finding share (plain loops, in index order).</summary>
internal static class VectorMath
{
    public static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary><paramref name="target"/> += <paramref name="factor"/> · <paramref name="source"/>, in place.</summary>
    public static void AddScaled(double[] target, double[] source, double factor)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += factor * source[i];
        }
    }
}

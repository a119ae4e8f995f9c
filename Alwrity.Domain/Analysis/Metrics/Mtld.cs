namespace Alwrity.Domain.Analysis.Metrics;

/// <summary>
/// Measure of Textual Lexical Diversity (McCarthy &amp; Jarvis 2010): the mean length of sequential word runs whose
/// type-token ratio stays above 0.72, averaged over a forward and a backward pass, with a partial factor for the
/// remainder. Linear time: a segment stamp per word id replaces a set per segment.
/// </summary>
public static class Mtld
{
    /// <summary>The published factor threshold.</summary>
    public const double Threshold = 0.72;

    /// <summary>MTLD of a sequence of word ids in [0, <paramref name="idCount"/>); null when no factor can be formed.</summary>
    public static double? Compute(ReadOnlySpan<int> ids, int idCount)
    {
        if (ids.IsEmpty)
        {
            return null;
        }

        var stamps = System.Buffers.ArrayPool<int>.Shared.Rent(idCount);
        try
        {
            Array.Clear(stamps, 0, idCount);
            var forward = Factors(ids, stamps, reverse: false, stampBase: 0);
            Array.Clear(stamps, 0, idCount);
            var backward = Factors(ids, stamps, reverse: true, stampBase: 0);
            if (forward <= 0 || backward <= 0)
            {
                return null;
            }

            return ((ids.Length / forward) + (ids.Length / backward)) / 2.0;
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(stamps);
        }
    }

    private static double Factors(ReadOnlySpan<int> ids, int[] stamps, bool reverse, int stampBase)
    {
        var factors = 0.0;
        var segment = stampBase + 1;
        var types = 0;
        var tokens = 0;
        for (var k = 0; k < ids.Length; k++)
        {
            var id = ids[reverse ? ids.Length - 1 - k : k];
            tokens++;
            types += stamps[id] != segment ? 1 : 0;
            stamps[id] = segment;
            if (AtOrBelowThreshold(types, tokens))
            {
                factors++;
                segment++;
                types = 0;
                tokens = 0;
            }
        }

        if (tokens > 0)
        {
            var ttr = (double)types / tokens;
            factors += (1.0 - ttr) / (1.0 - Threshold);
        }

        return factors;
    }

    /// <summary>
    /// types / tokens ≤ 0.72 without dividing: 0.72 is 18/25, and a ratio of whole numbers below 2^40 other than
    /// 18/25 itself lies at least 1/(25 · tokens) away from it, far more than the rounding of the division, so the
    /// rounded quotient is at most the double 0.72 exactly when 25 · types ≤ 18 · tokens.
    /// </summary>
    internal static bool AtOrBelowThreshold(int types, int tokens) => 25L * types <= 18L * tokens;
}

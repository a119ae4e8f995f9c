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
        var ttr = 1.0;
        for (var k = 0; k < ids.Length; k++)
        {
            var id = ids[reverse ? ids.Length - 1 - k : k];
            tokens++;
            if (stamps[id] != segment)
            {
                stamps[id] = segment;
                types++;
            }

            ttr = (double)types / tokens;
            if (ttr <= Threshold)
            {
                factors++;
                segment++;
                types = 0;
                tokens = 0;
                ttr = 1.0;
            }
        }

        if (tokens > 0)
        {
            factors += (1.0 - ttr) / (1.0 - Threshold);
        }

        return factors;
    }
}

using Alwrity.Domain.Analysis.Metrics;

namespace Alwrity.Tests.Analysis;

public class MtldTests
{
    [Fact]
    public void Whole_number_threshold_test_equals_dividing_for_every_ratio_up_to_4000_tokens()
    {
        for (var tokens = 1; tokens <= 4000; tokens++)
        {
            for (var types = 1; types <= tokens; types++)
            {
                if (Mtld.AtOrBelowThreshold(types, tokens) != ((double)types / tokens <= Mtld.Threshold))
                {
                    Assert.Fail($"{types}/{tokens}");
                }
            }
        }
    }

    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 5_000)]
    [InlineData(3, 200_000)]
    public void Mtld_equals_the_published_algorithm_with_a_set_per_segment(int seed, int length)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(0, length).Select(_ => (int)(Math.Pow(random.NextDouble(), 3) * 3000)).ToArray();

        var expected = Reference(ids);

        Assert.Equal(expected, Mtld.Compute(ids, 3000));
    }

    /// <summary>McCarthy &amp; Jarvis (2010) as published: a set of types per segment, the ratio recomputed per word.</summary>
    private static double? Reference(int[] ids)
    {
        var forward = Factors(ids);
        var backward = Factors(ids.Reverse().ToArray());
        return forward <= 0 || backward <= 0 ? null : ((ids.Length / forward) + (ids.Length / backward)) / 2.0;
    }

    private static double Factors(int[] ids)
    {
        var factors = 0.0;
        var types = new HashSet<int>();
        var tokens = 0;
        var ttr = 1.0;
        foreach (var id in ids)
        {
            tokens++;
            types.Add(id);
            ttr = (double)types.Count / tokens;
            if (ttr <= Mtld.Threshold)
            {
                factors++;
                types.Clear();
                tokens = 0;
                ttr = 1.0;
            }
        }

        return tokens > 0 ? factors + ((1.0 - ttr) / (1.0 - Mtld.Threshold)) : factors;
    }
}

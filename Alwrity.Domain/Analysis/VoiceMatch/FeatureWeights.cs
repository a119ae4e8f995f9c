namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>A background chunk with the author group it belongs to (null for unlabelled text).</summary>
internal sealed record LabelledChunk(string? Group, string? Collection, StyleCounts Counts);

/// <summary>
/// How well a feature tells authors apart, from labelled background chunks: the within-author spread σ_w (pooled
/// over authors with at least two chunks) and the between-author spread σ_b (of author means around their
/// collection's mean, less the part that the within-author spread explains), giving the weight
/// σ_b / √(σ_b² + σ_w²). Between-author spread is measured inside each collection so that a feature that only
/// separates eras or genres (18th-century essays from modern speeches) earns no weight. Weighting z-scores this
/// way is a diagonal form of discriminant analysis: noisy or topic-bound features count less.
/// </summary>
internal sealed class FeatureWeights
{
    private readonly List<List<LabelledChunk>[]> collections;

    public FeatureWeights(IEnumerable<LabelledChunk> chunks)
    {
        collections = [.. chunks.Where(c => c.Group is not null)
            .GroupBy(c => c.Collection, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.GroupBy(c => c.Group, StringComparer.Ordinal)
                .Where(a => a.Count() >= 2)
                .OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => a.ToList())
                .ToArray())
            .Where(authors => authors.Length >= 2)];
    }

    /// <summary>The weight of the feature whose value in a chunk is <paramref name="value"/>; 0 when there is no signal.</summary>
    public double Of(Func<StyleCounts, double> value)
    {
        var total = default(Spread);
        foreach (var authors in collections)
        {
            total += SpreadOf(authors, value);
        }

        if (total.WithinFreedom == 0 || total.BetweenFreedom == 0)
        {
            return 1;
        }

        var within = total.WithinSquares / total.WithinFreedom;
        var noise = within * total.InverseSizes / total.Authors; // what chunk noise alone adds to the author means' spread
        var between = Math.Max(0, (total.BetweenSquares / total.BetweenFreedom) - noise);
        return between + within > 1e-12 ? Math.Sqrt(between / (between + within)) : 0;
    }

    private static Spread SpreadOf(List<LabelledChunk>[] authors, Func<StyleCounts, double> value)
    {
        var spread = new Spread(0, 0, 0, authors.Length - 1, 0, authors.Length);
        var means = new double[authors.Length];
        for (var a = 0; a < authors.Length; a++)
        {
            var values = authors[a].Select(c => value(c.Counts)).ToList();
            means[a] = values.Average();
            spread = spread with
            {
                WithinSquares = spread.WithinSquares + values.Sum(v => (v - means[a]) * (v - means[a])),
                WithinFreedom = spread.WithinFreedom + values.Count - 1,
                InverseSizes = spread.InverseSizes + (1.0 / values.Count),
            };
        }

        var collectionMean = means.Average();
        return spread with { BetweenSquares = means.Sum(m => (m - collectionMean) * (m - collectionMean)) };
    }

    /// <summary>Sums of squares and degrees of freedom, within and between authors, added over collections.</summary>
    private readonly record struct Spread(
        double WithinSquares, double WithinFreedom, double BetweenSquares, double BetweenFreedom, double InverseSizes, int Authors)
    {
        public static Spread operator +(Spread a, Spread b) => new(
            a.WithinSquares + b.WithinSquares, a.WithinFreedom + b.WithinFreedom, a.BetweenSquares + b.BetweenSquares,
            a.BetweenFreedom + b.BetweenFreedom, a.InverseSizes + b.InverseSizes, a.Authors + b.Authors);
    }
}

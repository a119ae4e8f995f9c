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
        double withinSquares = 0, withinFreedom = 0, betweenSquares = 0, betweenFreedom = 0, inverseSizes = 0;
        var authorCount = 0;
        foreach (var authors in collections)
        {
            var means = new double[authors.Length];
            for (var a = 0; a < authors.Length; a++)
            {
                var values = authors[a].Select(c => value(c.Counts)).ToList();
                means[a] = values.Average();
                withinSquares += values.Sum(v => (v - means[a]) * (v - means[a]));
                withinFreedom += values.Count - 1;
                inverseSizes += 1.0 / values.Count;
            }

            var collectionMean = means.Average();
            betweenSquares += means.Sum(m => (m - collectionMean) * (m - collectionMean));
            betweenFreedom += means.Length - 1;
            authorCount += means.Length;
        }

        if (withinFreedom == 0 || betweenFreedom == 0)
        {
            return 1;
        }

        var within = withinSquares / withinFreedom;
        var between = Math.Max(0, (betweenSquares / betweenFreedom) - (within * inverseSizes / authorCount));
        return between + within > 1e-12 ? Math.Sqrt(between / (between + within)) : 0;
    }
}

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// The leading principal directions of a set of row vectors (unit vectors spanning the largest share of Σ xxᵀ),
/// found through the rows' Gram matrix, which is small when there are fewer rows than dimensions (a few hundred
/// background chunks against 1,000 or 4,000 features). Deterministic: a fixed start and a fixed number of
/// orthogonal iterations, no randomness, and each direction's sign fixed so that its largest component is positive.
/// </summary>
internal static class PrincipalDirections
{
    private const int Iterations = 300;

    /// <summary>Up to <paramref name="count"/> orthonormal directions, strongest first (fewer when the rows span fewer).</summary>
    public static List<double[]> Of(IReadOnlyList<double[]> rows, int count)
    {
        count = Math.Min(count, rows.Count);
        if (count <= 0)
        {
            return [];
        }

        var gram = Gram(rows);
        var basis = OrthogonalIteration(gram, count);
        var directions = new List<double[]>();
        foreach (var coefficients in basis)
        {
            var direction = Combine(rows, coefficients);
            if (Normalise(direction))
            {
                FixSign(direction);
                directions.Add(direction);
            }
        }

        return directions;
    }

    /// <summary>
    /// Each row minus the mean of its group (rows of a group of one become zero: they say nothing about spread
    /// inside a group).
    /// </summary>
    public static List<double[]> CentredWithinGroups(IReadOnlyList<double[]> rows, IReadOnlyList<string> groups)
    {
        var means = new Dictionary<string, (double[] Sum, int Count)>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!means.TryGetValue(groups[i], out var entry))
            {
                entry = (new double[rows[i].Length], 0);
            }

            VectorMath.AddScaled(entry.Sum, rows[i], 1);
            means[groups[i]] = (entry.Sum, entry.Count + 1);
        }

        var centred = new List<double[]>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (sum, n) = means[groups[i]];
            var row = (double[])rows[i].Clone();
            VectorMath.AddScaled(row, sum, -1.0 / n);
            centred.Add(row);
        }

        return centred;
    }

    private static double[,] Gram(IReadOnlyList<double[]> rows)
    {
        var n = rows.Count;
        var gram = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i; j < n; j++)
            {
                gram[i, j] = gram[j, i] = VectorMath.Dot(rows[i], rows[j]);
            }
        }

        return gram;
    }

    /// <summary>The leading eigenvectors of a symmetric positive semi-definite matrix by orthogonal (block power) iteration.</summary>
    private static double[][] OrthogonalIteration(double[,] matrix, int count)
    {
        var n = matrix.GetLength(0);
        var basis = new double[count][];
        for (var c = 0; c < count; c++)
        {
            basis[c] = new double[n];
            for (var i = 0; i < n; i++)
            {
                // A fixed start: cosine (DCT-like) vectors plus a small ramp, so that a start orthogonal to a
                // leading eigenvector is unlikely.
                basis[c][i] = Math.Cos((i + 0.5) * (c + 1) * Math.PI / n) + (0.001 * (i + 1) / n);
            }
        }

        Orthonormalise(basis);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var next = new double[count][];
            for (var c = 0; c < count; c++)
            {
                next[c] = new double[n];
                for (var i = 0; i < n; i++)
                {
                    var sum = 0.0;
                    for (var j = 0; j < n; j++)
                    {
                        sum += matrix[i, j] * basis[c][j];
                    }

                    next[c][i] = sum;
                }
            }

            Orthonormalise(next);
            basis = next;
        }

        return basis;
    }

    /// <summary>Modified Gram–Schmidt in place; a vector that collapses to zero stays zero.</summary>
    private static void Orthonormalise(double[][] vectors)
    {
        for (var c = 0; c < vectors.Length; c++)
        {
            for (var p = 0; p < c; p++)
            {
                VectorMath.AddScaled(vectors[c], vectors[p], -VectorMath.Dot(vectors[c], vectors[p]));
            }

            if (!Normalise(vectors[c]))
            {
                Array.Clear(vectors[c]);
            }
        }
    }

    private static double[] Combine(IReadOnlyList<double[]> rows, double[] coefficients)
    {
        var result = new double[rows[0].Length];
        for (var i = 0; i < rows.Count; i++)
        {
            VectorMath.AddScaled(result, rows[i], coefficients[i]);
        }

        return result;
    }

    private static bool Normalise(double[] vector)
    {
        var norm = Math.Sqrt(VectorMath.Dot(vector, vector));
        if (!(norm > 1e-12))
        {
            return false;
        }

        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= norm;
        }

        return true;
    }

    private static void FixSign(double[] direction)
    {
        var largest = 0;
        for (var i = 1; i < direction.Length; i++)
        {
            largest = Math.Abs(direction[i]) > Math.Abs(direction[largest]) ? i : largest;
        }

        if (direction[largest] < 0)
        {
            for (var i = 0; i < direction.Length; i++)
            {
                direction[i] = -direction[i];
            }
        }
    }
}

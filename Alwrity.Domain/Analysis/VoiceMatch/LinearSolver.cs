namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>Solves a small dense linear system by Gaussian elimination with partial pivoting.</summary>
internal static class LinearSolver
{
    public static double[] Solve(double[,] matrix, double[] rightHandSide)
    {
        var n = rightHandSide.Length;
        var a = (double[,])matrix.Clone();
        var b = (double[])rightHandSide.Clone();
        for (var column = 0; column < n; column++)
        {
            var pivot = column;
            for (var row = column + 1; row < n; row++)
            {
                if (Math.Abs(a[row, column]) > Math.Abs(a[pivot, column]))
                {
                    pivot = row;
                }
            }

            Swap(a, b, column, pivot);
            var diagonal = a[column, column];
            if (Math.Abs(diagonal) < 1e-300)
            {
                continue;
            }

            for (var row = column + 1; row < n; row++)
            {
                var factor = a[row, column] / diagonal;
                for (var k = column; k < n; k++)
                {
                    a[row, k] -= factor * a[column, k];
                }

                b[row] -= factor * b[column];
            }
        }

        var x = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = b[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= a[row, k] * x[k];
            }

            x[row] = Math.Abs(a[row, row]) < 1e-300 ? 0 : sum / a[row, row];
        }

        return x;
    }

    private static void Swap(double[,] a, double[] b, int first, int second)
    {
        if (first == second)
        {
            return;
        }

        for (var k = 0; k < b.Length; k++)
        {
            (a[first, k], a[second, k]) = (a[second, k], a[first, k]);
        }

        (b[first], b[second]) = (b[second], b[first]);
    }
}

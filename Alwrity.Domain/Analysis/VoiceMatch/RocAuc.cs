namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>Area under the ROC curve (Mann–Whitney U with average ranks for ties).</summary>
public static class RocAuc
{
    /// <summary>The probability that a random positive scores above a random negative (ties count half).</summary>
    public static double Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double rankSum = 0;
        var positives = 0;
        var i = 0;
        while (i < order.Length)
        {
            var j = i;
            while (j + 1 < order.Length && scores[order[j + 1]] == scores[order[i]])
            {
                j++;
            }

            var averageRank = ((i + j) / 2.0) + 1;
            for (var k = i; k <= j; k++)
            {
                if (positive[order[k]])
                {
                    rankSum += averageRank;
                    positives++;
                }
            }

            i = j + 1;
        }

        var negatives = order.Length - positives;
        return positives == 0 || negatives == 0
            ? 0.5
            : (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}

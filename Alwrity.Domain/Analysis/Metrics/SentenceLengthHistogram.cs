using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Metrics;

/// <summary>How many sentences fall in each band of words per sentence (headings left out).</summary>
/// <param name="Bands">Band labels, e.g. "1–5", "41+".</param>
/// <param name="Counts">Sentences per band, in the order of <paramref name="Bands"/>.</param>
public sealed record SentenceLengthHistogram(IReadOnlyList<string> Bands, IReadOnlyList<int> Counts)
{
    private static readonly int[] UpperBounds = [5, 10, 15, 20, 25, 30, 40, 60];

    public int Sentences => Counts.Sum();

    /// <summary>Counts the sentences of every text by the same segmentation the fingerprint uses.</summary>
    public static SentenceLengthHistogram From(IEnumerable<string?> texts)
    {
        var counts = new int[UpperBounds.Length + 1];
        foreach (var text in texts)
        {
            foreach (var sentence in TextSegmenter.Segment(text).Sentences)
            {
                if (!sentence.IsHeading)
                {
                    counts[BandOf(sentence.WordCount)]++;
                }
            }
        }

        return new SentenceLengthHistogram(Labels(), counts);
    }

    private static int BandOf(int words)
    {
        var band = Array.FindIndex(UpperBounds, upper => words <= upper);
        return band < 0 ? UpperBounds.Length : band;
    }

    private static List<string> Labels()
    {
        var labels = new List<string>(UpperBounds.Length + 1);
        var lower = 1;
        foreach (var upper in UpperBounds)
        {
            labels.Add($"{lower}–{upper}");
            lower = upper + 1;
        }

        labels.Add($"{lower}+");
        return labels;
    }
}

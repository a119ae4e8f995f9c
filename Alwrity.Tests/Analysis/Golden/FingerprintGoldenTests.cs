using Alwrity.Domain.Analysis.Sentiment;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Tests.Analysis.Golden;

/// <summary>
/// Pins the analyzer's complete output on the corpora and on crafted inputs (fingerprints.tsv), so internal
/// rewrites (for speed) provably change nothing: every fingerprint field, every sentence record and every
/// VADER score must stay as it was when the file was written.
/// </summary>
public class FingerprintGoldenTests
{
    private static readonly string GoldenFile = Path.Combine(AppContext.BaseDirectory, "Analysis", "Golden", "fingerprints.tsv");

    [Fact]
    public void Fingerprints_and_sentence_records_match_the_pinned_results()
    {
        var expected = Expected();
        var actual = GoldenInputs.All().Select(input => GoldenDigest.Line(input.Name, input.Sources)).ToList();
        AssertSameLines(expected.Where(line => !line.StartsWith("vader:", StringComparison.Ordinal)).ToList(), actual);
    }

    [Fact]
    public void Vader_scores_of_every_sentence_match_the_pinned_results()
    {
        var expected = Expected();
        List<string> actual =
        [
            VaderLine("vader:soup", GoldenInputs.SoupSentences(5000, 7)),
            VaderLine("vader:corpora", GoldenInputs.CorpusFiles().SelectMany(file => Sentences(File.ReadAllText(file)))),
            VaderLine("vader:random-unicode", Sentences(GoldenInputs.RandomUnicode(60_000, 99))),
        ];
        AssertSameLines(expected.Where(line => line.StartsWith("vader:", StringComparison.Ordinal)).ToList(), actual);
    }

    private static string[] Expected() => File.ReadAllLines(GoldenFile).Where(line => line.Length > 0 && line[0] != '#').ToArray();

    private static IEnumerable<string> Sentences(string text)
    {
        var segmented = TextSegmenter.Segment(text);
        return segmented.Sentences.Select(s => text.Substring(s.Start, s.Length));
    }

    private static string VaderLine(string name, IEnumerable<string> sentences)
    {
        var builder = new System.Text.StringBuilder();
        var count = 0;
        foreach (var sentence in sentences)
        {
            var score = VaderSentiment.ScoreRaw(sentence);
            builder.Append(GoldenDigest.Exact(score.Compound)).Append(GoldenDigest.Exact(score.Positive))
                .Append(GoldenDigest.Exact(score.Neutral)).Append(GoldenDigest.Exact(score.Negative)).Append('\n');
            count++;
        }

        return $"{name}\t{count}\t{GoldenDigest.Hash(builder.ToString())}";
    }

    private static void AssertSameLines(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var unexpected = actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && unexpected.Count == 0,
            $"Pinned results changed.\nExpected:\n{string.Join('\n', missing)}\nActual:\n{string.Join('\n', unexpected)}");
        Assert.Equal(expected.Count, actual.Count);
    }
}

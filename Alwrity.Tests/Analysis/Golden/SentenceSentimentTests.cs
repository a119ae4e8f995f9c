using System.Text;
using Alwrity.Domain.Analysis;
using Alwrity.Domain.Analysis.Fingerprinting;
using Alwrity.Domain.Analysis.Sentiment;

namespace Alwrity.Tests.Analysis.Golden;

/// <summary>
/// The fingerprint scores sentences with VADER through its word pass (word ids instead of a second lookup);
/// every sentence's scores must equal VADER's own scoring of the sentence text, bit for bit.
/// </summary>
public class SentenceSentimentTests
{
    public static TheoryData<string> Inputs => new() { "soup", "glued-soup", "edge-soup", "corpus", "random-unicode", "social" };

    /// <summary>Words where VADER's key and the fingerprint's word key part ways (or nearly do).</summary>
    private static readonly string[] EdgeWords =
    [
        "thanks'", "Thanks’", "LOVES'", "hates'", "yes'", "ok'", "I'm", "I’m", "I'M", "isn’t", "isn't", "it's", "It’s", "(ok)", "ok.", "a.", "no.",
        "NO", "No", "no", "x", "X!", "I", "I,", ":)", ":-(", "<3", "</3", "(:", "):", ";-)", "=)", "xD", "e.g.", "U.S.", "won't", "WON'T",
        "can’t", "can'T", "DON'T", "don’T", "well-being", "well\u2010being", "self\u2013esteem", "kind-of", "sort-of", "kinda", "kind", "of",
        "naïve", "café", "ﬁne", "ＧＯＯＤ", "GOOD", "Good", "good", "gr8", "100%", "3.5/5", "#1", "#love", "@love", "love@home.io",
        "supercalifragilisticexpialidocious", new string('a', 70) + "good", new string('x', 64) + "n't", new string('X', 64) + "N’T", "goo\u0301d", "bad\u00AD", "ℹ", "™", "©", "‼", "😀", "👍🏽",
        "not", "never", "least", "at", "very", "so", "this", "without", "doubt", "but", "BUT", "But", "nor", "or", "the", "shit", "bomb",
        "death", "kiss", "die", "for", "to", "heart", "broken", "beating", "bus", "stop", "yeah", "right", "just", "enough", "sort",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Fingerprint_sentence_scores_equal_vader_on_the_sentence_text(string input)
    {
        var text = Text(input);
        using var accumulator = new FingerprintAccumulator([new SourceText("t", text)]);
        accumulator.AddAll();

        double compound = 0, positive = 0, neutral = 0, negative = 0;
        foreach (var sentence in accumulator.Sentences.Span)
        {
            var expected = VaderSentiment.ScoreRaw(text.AsSpan(sentence.Start, sentence.Length));
            Assert.Equal(GoldenDigest.Exact(expected.Compound), GoldenDigest.Exact(sentence.Compound));
            compound += expected.Compound;
            positive += expected.Positive;
            neutral += expected.Neutral;
            negative += expected.Negative;
        }

        var totals = accumulator.Totals;
        Assert.True(accumulator.Sentences.Count > 10);
        Assert.Equal((compound, positive, neutral, negative), (totals.CompoundSum, totals.PositiveSum, totals.NeutralSum, totals.NegativeSum));
    }

    private static string Text(string input) => input switch
    {
        "soup" => string.Join(' ', GoldenInputs.SoupSentences(4000, 11)),
        "glued-soup" => GluedSoup(GoldenInputs.SoupSentences(3000, 5), 5),
        "edge-soup" => GluedSoup(EdgeSentences(3000, 9), 9),
        "corpus" => string.Join("\n\n", GoldenInputs.CorpusFiles().Take(12).Select(File.ReadAllText)),
        "random-unicode" => GoldenInputs.RandomUnicode(40_000, 3),
        _ => GoldenInputs.SocialPosts + GoldenInputs.SocialPosts.ToUpperInvariant() + GoldenInputs.SocialPosts.ToLowerInvariant(),
    };

    /// <summary>Soup words stuck together with punctuation, dashes, tabs and odd spaces, so VADER's chunks hold several words.</summary>
    private static string GluedSoup(IEnumerable<string> sentences, int seed)
    {
        var random = new Random(seed);
        string[] glue = [" ", " ", " ", "  ", "\t", ",", ", ", "-", "—", "--", "/", "'", "’", "\u00A0", "\u2009", "(", ") ", "\"", "*", "_", ":"];
        var builder = new StringBuilder();
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence.Split(' '))
            {
                builder.Append(word).Append(glue[random.Next(glue.Length)]);
            }

            builder.Append(random.Next(3) == 0 ? "\n" : " ");
        }

        return builder.ToString();
    }

    private static IEnumerable<string> EdgeSentences(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var words = Enumerable.Range(0, random.Next(1, 16)).Select(_ => EdgeWords[random.Next(EdgeWords.Length)]);
            yield return string.Join(' ', words) + (random.Next(3) == 0 ? "!" : ".");
        }
    }
}

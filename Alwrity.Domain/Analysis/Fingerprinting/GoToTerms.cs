using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>A go-to term with the word ids it is made of (for finding evidence).</summary>
internal readonly record struct GoToCandidate(GoToTerm Term, int[] Ids);

/// <summary>
/// Distinctive words and phrases: Dunning's log-likelihood G² of the text's count against the background count,
/// kept when the term occurs at least 3 times, at least twice as often as in the background (background count
/// smoothed by +0.5) and G² ≥ 15.13 (p &lt; 0.0001). Frequent-everywhere words such as "the" never qualify.
/// </summary>
internal static class GoToTerms
{
    public const int MinCount = 3;
    private const double MinRatio = 2.0;
    private const double MinLogLikelihood = 15.13;
    private const int MaxTerms = 10;
    private const int IdBits = 21;
    private const long IdMask = (1L << IdBits) - 1;

    /// <summary>Dunning (1993) G² for a count <paramref name="a"/> of <paramref name="n"/> against <paramref name="b"/> of <paramref name="total"/>.</summary>
    public static double LogLikelihood(double a, double n, double b, double total)
    {
        var expectedText = n * (a + b) / (n + total);
        var expectedBackground = total * (a + b) / (n + total);
        var g = 0.0;
        g += a > 0 ? a * Math.Log(a / expectedText) : 0;
        g += b > 0 ? b * Math.Log(b / expectedBackground) : 0;
        return 2 * g;
    }

    public static List<GoToCandidate> Words(WordIndex words, int wordCount, long backgroundTotal)
    {
        var candidates = new List<GoToCandidate>();
        foreach (var id in words.Touched)
        {
            var count = words.CountOf(id);
            ref readonly var info = ref words.Info(id);
            if (count >= MinCount && info.Has(WordTraits.Alphabetic)
                && Score(count, wordCount, info.BackgroundCount, backgroundTotal) is { } score)
            {
                candidates.Add(new GoToCandidate(new GoToTerm(info.Key, count, 1000.0 * count / wordCount, score), [id]));
            }
        }

        return Top(candidates);
    }

    public static List<GoToCandidate> Phrases(FingerprintAccumulator acc, int wordCount)
    {
        var norms = acc.Words.Catalog.Norms;
        var scorable = ScorableCount(wordCount, norms.TotalWords);
        using var counts = CountPhrases(acc, scorable);
        var candidates = new List<GoToCandidate>();
        Span<char> buffer = stackalloc char[(WordKey.MaxLength * 3) + 2];

        // A phrase seen fewer than scorable times could not be distinctive whatever its background count, so it is
        // not looked up; every count from scorable on passes CanScore (see ScorableCount).
        foreach (var (key, count) in counts.AtLeast(scorable))
        {
            var ids = Unpack(key);
            var phrase = Join(acc.Words, ids, buffer);
            norms.PhraseLookup.TryGetValue(phrase, out var background);
            if (Score(count, wordCount, background, norms.TotalWords) is { } score)
            {
                candidates.Add(new GoToCandidate(new GoToTerm(phrase.ToString(), count, 1000.0 * count / wordCount, score), ids));
            }
        }

        return Top(candidates);
    }

    /// <summary>
    /// G² falls as the background count grows while the text's rate is still above the background's (and a ratio
    /// of 2 requires that), so a count whose G² stays below the threshold even against a background count of 0 can
    /// never qualify. Exact: for background 0 this is the very computation <see cref="Score"/> makes.
    /// </summary>
    private static bool CanScore(int count, int wordCount, long backgroundTotal) =>
        LogLikelihood(count, wordCount, 0, backgroundTotal) >= MinLogLikelihood;

    /// <summary>
    /// The smallest count (at least <see cref="MinCount"/>) that <see cref="CanScore"/>: G² against a background of 0
    /// grows with the count, and a phrase occurs no more often than any of its words, so words seen fewer times can
    /// neither start, end nor sit inside a phrase that qualifies, and every larger count passes too. (Against a
    /// background of 0, G² is 2·count·ln((n + total)/n) up to a few ulps of rounding; one more occurrence adds a
    /// 1/count share, far above that rounding for any int count, so the computed value rises strictly with the count.)
    /// Above <paramref name="wordCount"/> it returns wordCount + 1, which no phrase reaches.
    /// </summary>
    private static int ScorableCount(int wordCount, long backgroundTotal)
    {
        var count = MinCount;
        while (count <= wordCount && !CanScore(count, wordCount, backgroundTotal))
        {
            count++;
        }

        return count;
    }

    private static double? Score(int count, int wordCount, int background, long backgroundTotal)
    {
        var ratio = ((double)count / wordCount) / ((background + 0.5) / backgroundTotal);
        if (ratio < MinRatio)
        {
            return null;
        }

        var g = LogLikelihood(count, wordCount, background, backgroundTotal);
        return g >= MinLogLikelihood ? g : null;
    }

    private static List<GoToCandidate> Top(List<GoToCandidate> candidates) =>
        candidates.OrderByDescending(c => c.Term.Distinctiveness).ThenBy(c => c.Term.Term, StringComparer.Ordinal).Take(MaxTerms).ToList();

    /// <summary>
    /// Counts 2- and 3-word runs without a break inside whose first and last words are alphabetic non-stopwords.
    /// A phrase seen 3 times needs each of its words seen 3 times, so runs with a rarer word are skipped early.
    /// </summary>
    private static PhraseCounter CountPhrases(FingerprintAccumulator acc, int minCount)
    {
        var counts = new PhraseCounter(acc.WordStream.Count / 8);
        var stream = acc.WordStream.Span;
        var breaks = acc.BreakBefore.Span;
        var words = acc.Words;
        var ends = System.Buffers.ArrayPool<byte>.Shared.Rent(words.IdCount);
        try
        {
            MarkPhraseEnds(words, ends, minCount);
            for (var p = 1; p < stream.Length; p++)
            {
                if (breaks[p] != 0 || ends[stream[p]] == 0)
                {
                    continue;
                }

                if (ends[stream[p - 1]] != 0)
                {
                    counts.Increment(Pack(stream[p - 1], stream[p]));
                }

                if (p >= 2 && breaks[p - 1] == 0 && ends[stream[p - 2]] != 0 && words.CountOf(stream[p - 1]) >= minCount)
                {
                    counts.Increment(Pack(stream[p - 2], stream[p - 1], stream[p]));
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(ends);
        }

        return counts;
    }

    /// <summary>1 for each word that may start or end a phrase: seen often enough, alphabetic, not a stopword.</summary>
    private static void MarkPhraseEnds(WordIndex words, byte[] ends, int minCount)
    {
        Array.Clear(ends, 0, words.IdCount);
        foreach (var id in words.Touched)
        {
            ends[id] = IsPhraseEnd(words, id, minCount) ? (byte)1 : (byte)0;
        }
    }

    private static bool IsPhraseEnd(WordIndex words, int id, int minCount) =>
        id < IdMask && words.CountOf(id) >= minCount
        && (words.Info(id).Traits & (WordTraits.Stopword | WordTraits.Alphabetic)) == WordTraits.Alphabetic;

    private static long Pack(int a, int b) => long.MinValue | ((long)a << IdBits) | (uint)b;

    private static long Pack(int a, int b, int c) => ((long)a << (2 * IdBits)) | ((long)b << IdBits) | (uint)c;

    private static int[] Unpack(long key) => key < 0
        ? [(int)((key >> IdBits) & IdMask), (int)(key & IdMask)]
        : [(int)(key >> (2 * IdBits)), (int)((key >> IdBits) & IdMask), (int)(key & IdMask)];

    private static ReadOnlySpan<char> Join(WordIndex words, int[] ids, Span<char> buffer)
    {
        var length = 0;
        foreach (var id in ids)
        {
            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            var key = words.Info(id).Key;
            key.CopyTo(buffer[length..]);
            length += key.Length;
        }

        return buffer[..length];
    }
}

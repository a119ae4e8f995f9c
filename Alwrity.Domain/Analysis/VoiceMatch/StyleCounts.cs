namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Raw counts from one scan of text: lower-cased word counts, character n-gram counts (packed by
/// <see cref="NGramKey"/>), punctuation counts and sentence-length sums. Mutable while scanning.
/// </summary>
internal sealed class StyleCounts(NGramFeatureSet? features = null)
{
    /// <summary>The feature set the scan counted into <see cref="FeatureNGrams"/>; null when every n-gram went into <see cref="NGrams"/>.</summary>
    public NGramFeatureSet? Features { get; } = features;

    /// <summary>Counts of the feature n-grams by position in <see cref="Features"/> (empty without features).</summary>
    public int[] FeatureNGrams { get; } = new int[features?.Count ?? 0];

    public Dictionary<string, int> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts by key of every n-gram (unused, and left tiny, when the scan has <see cref="Features"/>).</summary>
    public NGramTable NGrams { get; } = new(features is null ? 4096 : 16);

    public int[] Punctuation { get; } = new int[PunctuationFeatures.Count];

    public int WordCount { get; set; }

    /// <summary>N-grams counted, by order (index 0 unused).</summary>
    public long[] NGramTotals { get; } = new long[NGramKey.MaxOrder + 1];

    public int Sentences { get; set; }

    public double SentenceWordSum { get; set; }

    public double SentenceWordSquares { get; set; }

    /// <summary>How many characters were left unread because the text was over the size cap.</summary>
    public long TruncatedChars { get; set; }

    /// <summary>Adjacent pairs of function words inside a sentence ("of the"), by <see cref="FunctionWords.Pair"/> number.</summary>
    public Dictionary<int, int> FunctionBigrams { get; } = [];

    /// <summary>The count of a word, or of a function-word pair written with one space ("of the").</summary>
    public int WordCountOf(string word)
    {
        var space = word.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return Words.TryGetValue(word, out var n) ? n : 0;
        }

        return FunctionBigrams.TryGetValue(FunctionWords.PairOf(word), out var pairs) ? pairs : 0;
    }

    public void AddSentence(int words)
    {
        if (words <= 0)
        {
            return;
        }

        Sentences++;
        SentenceWordSum += words;
        SentenceWordSquares += (double)words * words;
    }

    /// <summary>
    /// Counts an n-gram toward its order's total and by key, or, when the scan has <see cref="Features"/>, by
    /// position if it is a feature (other n-grams are then counted in the totals only).
    /// </summary>
    public void AddNGram(ulong key, int order)
    {
        NGramTotals[order]++;
        if (Features is null)
        {
            NGrams.Increment(key);
        }
        else if (Features.IndexOf(key) is var index and >= 0)
        {
            FeatureNGrams[index]++;
        }
    }

    /// <summary>The count of an n-gram per 1,000 n-grams of its order.</summary>
    public double NGramRate(ulong key)
    {
        var count = Features is null ? NGrams.Get(key) : Features.IndexOf(key) is var i and >= 0 ? FeatureNGrams[i] : 0;
        return count * 1000.0 / Math.Max(NGramTotals[NGramKey.Order(key)], 1);
    }
}

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Raw counts from one scan of text: lower-cased word counts, character n-gram counts (packed by
/// <see cref="NGramKey"/>), punctuation counts and sentence-length sums. Mutable while scanning.
/// </summary>
internal sealed class StyleCounts(NGramTable? table = null)
{
    public Dictionary<string, int> Words { get; } = new(StringComparer.Ordinal);

    public NGramTable NGrams { get; } = table ?? new NGramTable();

    public int[] Punctuation { get; } = new int[PunctuationFeatures.Count];

    public int WordCount { get; set; }

    /// <summary>N-grams counted, by order (index 0 unused).</summary>
    public long[] NGramTotals { get; } = new long[NGramKey.MaxOrder + 1];

    public int Sentences { get; set; }

    public double SentenceWordSum { get; set; }

    public double SentenceWordSquares { get; set; }

    /// <summary>How many characters were left unread because the text was over the size cap.</summary>
    public long TruncatedChars { get; set; }

    public int WordCountOf(string word) => Words.TryGetValue(word, out var n) ? n : 0;

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

    public void AddNGram(ulong key, int order)
    {
        NGrams.Increment(key);
        NGramTotals[order]++;
    }

    /// <summary>The count of an n-gram per 1,000 n-grams of its order.</summary>
    public double NGramRate(ulong key) => NGrams.Get(key) * 1000.0 / Math.Max(NGramTotals[NGramKey.Order(key)], 1);
}

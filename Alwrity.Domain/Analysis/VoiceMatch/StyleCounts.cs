namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// Raw counts from one scan of text: lower-cased word counts, character 3- and 4-gram counts (packed into a
/// <see cref="ulong"/>, 16 bits per char), punctuation counts and sentence-length sums. Mutable while scanning.
/// </summary>
internal sealed class StyleCounts(NGramTable? table = null)
{
    public Dictionary<string, int> Words { get; } = new(StringComparer.Ordinal);

    public NGramTable NGrams { get; } = table ?? new NGramTable();

    public int[] Punctuation { get; } = new int[PunctuationFeatures.Count];

    public int WordCount { get; set; }

    public long NGramTotal { get; set; }

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

    public void AddNGram(ulong key)
    {
        NGrams.Increment(key);
        NGramTotal++;
    }
}

using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>
/// One pass over text that fills <see cref="StyleCounts"/>. Text is cut into whitespace-separated chunks; links,
/// e-mail addresses, @mentions and #hashtags are counted and kept out of words and n-grams; everything else
/// yields lower-cased word tokens (inner apostrophes kept, each CJK ideograph one word), pairs of adjacent function
/// words within a sentence (<see cref="StyleCounts.FunctionBigrams"/>), punctuation counts and a
/// normalised character stream (lower case, digits as 0, one space between chunks, emoji as one mark) for n-grams.
/// </summary>
internal sealed partial class StyleScanner
{
    /// <summary>Text beyond this many characters (all texts together) is not read: style is stable long before.</summary>
    public const int MaxChars = 1_000_000;

    /// <summary>The character n-gram orders counted.</summary>
    public const int MinNGramOrder = 2;

    /// <inheritdoc cref="MinNGramOrder"/>
    public const int MaxNGramOrder = NGramKey.MaxOrder;

    private const int MaxWordLength = 48;

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup =
        FunctionWords.Index.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly StyleCounts counts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly char[] wordBuffer = new char[MaxWordLength];
    private ulong window;
    private int windowLength;
    private bool lastEmittedSpace = true;
    private int sentenceWords;
    private bool afterZeroWidthJoiner;
    private bool afterRegionalIndicator;
    private int previousFunctionWord = -1;

    private StyleScanner(NGramFeatureSet? features)
    {
        counts = new StyleCounts(features);
        words = counts.Words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static StyleCounts Scan(string? text) => Scan([text ?? string.Empty]);

    /// <summary>Scans texts counting only the n-grams of <paramref name="norms"/>, as matching needs.</summary>
    public static StyleCounts Scan(IEnumerable<string?> texts, VoiceNorms norms) =>
        Scan(texts, NormsIndex.Of(norms).NGramFeatures);

    /// <summary>
    /// Scans texts. With <paramref name="features"/> (e.g. <see cref="NormsIndex.NGramFeatures"/>) only those n-grams
    /// are counted by key, so the table stays small; without, every n-gram is. The per-order totals always count
    /// every n-gram.
    /// </summary>
    public static StyleCounts Scan(IEnumerable<string?> texts, NGramFeatureSet? features = null)
    {
        var scanner = new StyleScanner(features);
        long budget = MaxChars;
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var take = (int)Math.Min(text.Length, budget);
            scanner.counts.TruncatedChars += text.Length - take;
            budget -= take;
            scanner.ScanText(text.AsSpan(0, take));
        }

        return scanner.counts;
    }

    private void ScanText(ReadOnlySpan<char> text)
    {
        window = 0;
        windowLength = 0;
        lastEmittedSpace = true;
        var i = 0;
        while (i < text.Length)
        {
            var newlines = 0;
            while (i < text.Length && CharKinds.IsSeparator(text[i]))
            {
                newlines += text[i] == '\n' ? 1 : 0;
                i++;
            }

            if (newlines >= 2)
            {
                CloseSentence();
            }

            var start = i;
            while (i < text.Length && !CharKinds.IsSeparator(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                ScanChunk(text[start..i]);
                Emit(' ');
            }
        }

        CloseSentence();
    }

    private void CloseSentence()
    {
        counts.AddSentence(sentenceWords);
        sentenceWords = 0;
        previousFunctionWord = -1;
    }

    private void CountWord(ReadOnlySpan<char> word)
    {
        var length = Math.Min(word.Length, MaxWordLength);
        for (var k = 0; k < length; k++)
        {
            var c = word[k];
            wordBuffer[k] = CharKinds.IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
        }

        CollectionsMarshal.GetValueRefOrAddDefault(words, wordBuffer.AsSpan(0, length), out _)++;
        CountFunctionBigram(wordBuffer.AsSpan(0, length));
        counts.WordCount++;
        sentenceWords++;
    }

    private void CountFunctionBigram(ReadOnlySpan<char> word)
    {
        var current = FunctionWordLookup.TryGetValue(word, out var index) ? index : -1;
        if (current >= 0 && previousFunctionWord >= 0)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts.FunctionBigrams, FunctionWords.Pair(previousFunctionWord, current), out _)++;
        }

        previousFunctionWord = current;
    }

    private void Emit(char c)
    {
        if (c == ' ')
        {
            if (lastEmittedSpace)
            {
                return;
            }

            lastEmittedSpace = true;
        }
        else
        {
            lastEmittedSpace = false;
        }

        window = (window << NGramKey.BitsPerChar) | (uint)NGramKey.Code(c);
        windowLength++;
        for (var order = MinNGramOrder; order <= MaxNGramOrder && order <= windowLength; order++)
        {
            counts.AddNGram(NGramKey.Last(window, order), order);
        }
    }

    private void Count(PunctuationFeature feature) => counts.Punctuation[(int)feature]++;
}

using System.Buffers;
using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Sentiment;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>
/// VADER for one sentence of the fingerprint, reusing the word pass. VADER splits on white space and strips ASCII
/// punctuation; a chunk that is then exactly one ASCII word token of ours has the same lower-case key as our word
/// id, so its entry comes from the id (no second lower-casing or hashing) and the word's letters are never re-read.
/// Any other chunk is looked up as VADER does. Sentences holding an emoji take VADER's own path (emoji are read
/// through their names). Results are identical to <see cref="VaderSentiment"/>.
/// </summary>
internal sealed class SentenceSentiment : IDisposable
{
    private readonly PooledList<VaderToken> _tokens = new(256);
    private double[] _sentiments = ArrayPool<double>.Shared.Rent(256);

    /// <param name="text">The whole source text.</param>
    /// <param name="start">Offset of the sentence in <paramref name="text"/>.</param>
    /// <param name="length">Length of the sentence.</param>
    /// <param name="tokens">The sentence's tokens (offsets into <paramref name="text"/>).</param>
    /// <param name="wordIds">Ids of the sentence's word tokens, in order.</param>
    /// <param name="words">The index the ids belong to.</param>
    public VaderScore Score(ReadOnlySpan<char> text, int start, int length, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<int> wordIds, WordIndex words)
    {
        var sentence = text.Slice(start, length);
        var splitter = new VaderChunkSplitter(sentence, start, tokens, wordIds, words);
        _tokens.Clear();
        var nonAscii = splitter.SplitInto(_tokens);
        if (nonAscii && VaderEmoji.Contains(sentence))
        {
            return VaderSentiment.ScoreRaw(sentence);
        }

        var vaderTokens = _tokens.Span;
        if (vaderTokens.IsEmpty)
        {
            return default;
        }

        if (!splitter.HasLexiconWord)
        {
            return new VaderScore(0, 0, 1, 0); // every valence is 0: compound 0, all neutral (as Summarise gives)
        }

        if (_sentiments.Length < vaderTokens.Length)
        {
            ArrayPool<double>.Shared.Return(_sentiments);
            _sentiments = ArrayPool<double>.Shared.Rent(vaderTokens.Length);
        }

        return VaderSentiment.ScoreTokens(sentence, vaderTokens, _sentiments.AsSpan(0, vaderTokens.Length), splitter.UpperTokens, splitter.HasBut);
    }

    public void Dispose()
    {
        _tokens.Dispose();
        if (_sentiments.Length > 0)
        {
            ArrayPool<double>.Shared.Return(_sentiments);
            _sentiments = [];
        }
    }
}

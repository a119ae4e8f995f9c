using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Sentiment;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Fingerprinting;

/// <summary>
/// Splits one sentence into VADER's tokens (white-space chunks), walking the sentence's word tokens alongside:
/// see <see cref="SentenceSentiment"/>. Offsets of the tokens it makes are relative to the sentence.
/// </summary>
internal ref struct VaderChunkSplitter
{
    private readonly ReadOnlySpan<char> _sentence;
    private readonly int _offset;
    private readonly ReadOnlySpan<TextToken> _tokens;
    private readonly ReadOnlySpan<int> _wordIds;
    private readonly WordIndex _words;
    private int _token = -1;
    private int _word = -1;
    private int _wordStart;
    private bool _nonAscii;
    private bool _lexiconWord;
    private bool _but;
    private int _upper;

    public VaderChunkSplitter(ReadOnlySpan<char> sentence, int offset, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<int> wordIds, WordIndex words)
    {
        _sentence = sentence;
        _offset = offset;
        _tokens = tokens;
        _wordIds = wordIds;
        _words = words;
        NextWord();
    }

    /// <summary>True once a token in VADER's lexicon was made (only those get a valence).</summary>
    public readonly bool HasLexiconWord => _lexiconWord;

    /// <summary>True once a "but" token was made.</summary>
    public readonly bool HasBut => _but;

    /// <summary>ALL-CAPS tokens made so far.</summary>
    public readonly int UpperTokens => _upper;

    /// <summary>Appends the sentence's tokens; true when a character outside ASCII was read (emoji are possible).</summary>
    public bool SplitInto(PooledList<VaderToken> output)
    {
        var text = _sentence;
        var p = 0;
        while (true)
        {
            while (p < text.Length && VaderTokenizer.IsSpace(text[p]))
            {
                _nonAscii |= text[p] >= 128;
                p++;
            }

            if (p >= text.Length)
            {
                return _nonAscii;
            }

            p = TryWordChunk(p, output, out var end) ? end : GeneralChunk(p, output);
        }
    }

    /// <summary>A chunk of ASCII punctuation, one plain word, ASCII punctuation: the word's id gives the entry.</summary>
    private bool TryWordChunk(int chunkStart, PooledList<VaderToken> output, out int end)
    {
        var text = _sentence;
        var s = chunkStart;
        while (s < text.Length && VaderTokenizer.IsAsciiPunctuation(text[s]))
        {
            s++;
        }

        end = s;
        if (s != _wordStart)
        {
            return false;
        }

        var token = _tokens[_token];
        var e = s + token.Length;
        end = e;
        while (end < text.Length && VaderTokenizer.IsAsciiPunctuation(text[end]))
        {
            end++;
        }

        var id = _wordIds[_word];
        ref readonly var lookup = ref _words.Vader(id);
        var stripped = s > chunkStart || end > e;
        if ((end < text.Length && !VaderTokenizer.IsSpace(text[end])) || !IsPlainWord(token, lookup, s, stripped))
        {
            return false;
        }

        var isUpper = (token.Flags & TokenFlags.Capitalised) != 0 && (token.Length == 1 || (token.Flags & TokenFlags.AllCaps) != 0);
        Add(output, lookup.Token(s, token.Length, isUpper));
        NextWord();
        return true;
    }

    /// <summary>
    /// True when VADER's key for the word equals our word key: ASCII letters only (a curly apostrophe is straightened
    /// in our key but not in VADER's), not cut at <see cref="WordKey.MaxLength"/>, no trailing apostrophe (VADER strips
    /// it), and at least three characters when punctuation was stripped (else VADER keeps the punctuation).
    /// </summary>
    private readonly bool IsPlainWord(TextToken token, in VaderLookup lookup, int start, bool stripped)
    {
        if ((token.Flags & (TokenFlags.NonAscii | TokenFlags.TrailingApostrophe)) != 0 || token.Length > WordKey.MaxLength
            || (stripped && token.Length <= 2))
        {
            return false;
        }

        if (!lookup.HasApostrophe)
        {
            return true;
        }

        foreach (var c in _sentence.Slice(start, token.Length))
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Any other chunk: read to the next white space and make the token as VADER does.</summary>
    private int GeneralChunk(int chunkStart, PooledList<VaderToken> output)
    {
        var text = _sentence;
        var end = chunkStart;
        while (end < text.Length && !VaderTokenizer.IsSpace(text[end]))
        {
            _nonAscii |= text[end] >= 128;
            end++;
        }

        while (_wordStart < end)
        {
            NextWord(); // words inside this chunk are not VADER tokens of their own
        }

        Add(output, VaderTokenizer.MakeToken(text, chunkStart, end));
        return end;
    }

    private void Add(PooledList<VaderToken> output, in VaderToken token)
    {
        _lexiconWord |= token.InLexicon;
        _but |= token.IsBut;
        _upper += token.IsUpper ? 1 : 0;
        output.Add(token);
    }

    /// <summary>Moves to the next word token; its start (relative to the sentence) or int.MaxValue when none is left.</summary>
    private void NextWord()
    {
        _word++;
        do
        {
            _token++;
        }
        while (_token < _tokens.Length && _tokens[_token].Kind != TokenKind.Word);

        _wordStart = _token < _tokens.Length ? _tokens[_token].Start - _offset : int.MaxValue;
    }
}

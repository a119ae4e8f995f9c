using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Metrics;

/// <summary>Accumulates <see cref="ReadabilityCounts"/> word by word.</summary>
internal struct ReadabilityCounter
{
    private int _words;
    private int _sentences;
    private int _syllables;
    private int _complex;
    private int _polysyllables;
    private int _letters;

    public readonly ReadabilityCounts Counts => new(_words, _sentences, _syllables, _complex, _polysyllables, _letters);

    public void AddSentence() => _sentences++;

    /// <summary>Adds a word whose syllables and letters are already known.</summary>
    public void Add(int syllables, int letters, bool complex)
    {
        _words++;
        _syllables += syllables;
        _letters += letters;
        if (syllables >= 3)
        {
            _polysyllables++;
            _complex += complex ? 1 : 0;
        }
    }

    /// <summary>Adds many words at once (sums over words whose measures are known).</summary>
    public void AddWords(int words, int syllables, int letters, int polysyllables, int complex)
    {
        _words += words;
        _syllables += syllables;
        _letters += letters;
        _polysyllables += polysyllables;
        _complex += complex;
    }

    public void AddWord(ReadOnlySpan<char> word, TextToken token, bool sentenceStart)
    {
        Span<char> key = stackalloc char[WordKey.MaxLength];
        var length = WordKey.Write(word, key, (token.Flags & TokenFlags.NonAscii) != 0);
        var profile = WordMeasures.Measure(key[..length], token.Kind == TokenKind.Number);
        var properNoun = !sentenceStart && (token.Flags & TokenFlags.Capitalised) != 0;
        Add(profile.Syllables, CountLetters(word), profile.ComplexIfNotProperNoun && !properNoun);
    }

    public static int CountLetters(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters++;
            }
        }

        return letters;
    }
}

/// <summary>Syllables and Gunning complexity of one word key.</summary>
internal readonly record struct WordMeasure(int Syllables, bool ComplexIfNotProperNoun);

/// <summary>Measures a word key once (results are cached per word by callers).</summary>
internal static class WordMeasures
{
    /// <summary>Numbers count one syllable per digit (at most five), as a rough spoken length.</summary>
    public static WordMeasure Measure(ReadOnlySpan<char> key, bool isNumber)
    {
        if (isNumber)
        {
            var digits = 0;
            foreach (var c in key)
            {
                digits += CharClass.IsAsciiDigit(c) ? 1 : 0;
            }

            return new WordMeasure(Math.Clamp(digits, 1, 5), false);
        }

        var syllables = SyllableCounter.CountKey(key);
        return new WordMeasure(syllables, syllables >= 3 && IsComplex(key, syllables));
    }

    /// <summary>Gunning: hyphenated compounds and words that reach three syllables only through -es, -ed or -ing are not complex.</summary>
    private static bool IsComplex(ReadOnlySpan<char> key, int syllables)
    {
        if (key.Contains('-'))
        {
            return false;
        }

        var inflected = key.EndsWith("es") || key.EndsWith("ed") || key.EndsWith("ing");
        return !inflected || SyllableCounter.CountKey(key[..^(key.EndsWith("ing") ? 3 : 2)]) >= 3;
    }
}

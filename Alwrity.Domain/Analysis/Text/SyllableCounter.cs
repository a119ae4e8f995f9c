using System.Globalization;
using System.Text;

namespace Alwrity.Domain.Analysis.Text;

/// <summary>
/// English syllable estimate: vowel groups (y counts after the first letter, u after q does not), a silent final e,
/// silent -es/-ed, splits of vowel pairs that are two syllables (li-on, vi-a, ac-tu-al, qui-et, be-ing), and an
/// exception list for words the rules get wrong. Hyphenated words sum their parts; "n't" adds a syllable after a consonant.
/// </summary>
public static class SyllableCounter
{
    private const int MaxWordLength = 64;

    /// <summary>Syllables in one word (at least 1 for any word with a letter; 0 for empty or letterless input).</summary>
    public static int Count(string? word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return 0;
        }

        Span<char> key = stackalloc char[WordKey.MaxLength];
        var length = WordKey.Write(word.AsSpan().Trim(), key, nonAscii: true);
        return CountKey(key[..length]);
    }

    /// <summary>Syllables of a lookup key (already lower case with straight apostrophes).</summary>
    internal static int CountKey(ReadOnlySpan<char> key)
    {
        Span<char> letters = stackalloc char[MaxWordLength];
        var total = 0;
        var anyLetter = false;
        foreach (var part in new HyphenParts(key))
        {
            var n = FoldToAsciiLetters(part, letters, out var negativeContraction, out var hadLetter);
            anyLetter |= hadLetter;
            if (n == 0)
            {
                continue;
            }

            var word = letters[..n];
            var count = negativeContraction && word.SequenceEqual("ai") ? 1 // ain't; the list's "ai" is the acronym A.I.
                : SyllableExceptions.TryGet(word, out var known) ? known : SyllableRules.Count(word);
            if (negativeContraction && n > 0 && AddsSyllable(word))
            {
                count++; // did-n't, is-n't, have-n't, are-n't; but don't, can't, won't, ain't stay one
            }

            total += count;
        }

        return total == 0 && anyLetter ? 1 : total;
    }

    /// <summary>"n't" is a syllable of its own after a consonant or a silent final e (have, are, were), not after a vowel sound.</summary>
    private static bool AddsSyllable(ReadOnlySpan<char> stem)
    {
        var n = stem.Length;
        if (stem.SequenceEqual("ca") || stem.SequenceEqual("wo"))
        {
            return false;
        }

        return !SyllableRules.IsVowel(stem, n - 1) || (stem[n - 1] == 'e' && n >= 2 && !SyllableRules.IsVowel(stem, n - 2));
    }

    /// <summary>Keeps a-z (accents removed), drops apostrophes; a trailing "n't" is removed and reported.</summary>
    private static int FoldToAsciiLetters(ReadOnlySpan<char> part, Span<char> output, out bool negativeContraction, out bool hadLetter)
    {
        negativeContraction = part.EndsWith("n't", StringComparison.Ordinal) && part.Length > 3;
        if (negativeContraction)
        {
            part = part[..^3];
        }

        hadLetter = false;
        var n = 0;
        foreach (var c in part)
        {
            if (n == output.Length)
            {
                break;
            }

            if (c is >= 'a' and <= 'z')
            {
                output[n++] = c;
                hadLetter = true;
            }
            else if (c >= 128 && char.IsLetter(c))
            {
                hadLetter = true;
                var folded = Fold(c);
                if (folded != '\0')
                {
                    output[n++] = folded;
                }
            }
        }

        return n;
    }

    private static char Fold(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = char.ToLowerInvariant(decomposed[0]);
        return first is >= 'a' and <= 'z' && CharUnicodeInfo.GetUnicodeCategory(first) == UnicodeCategory.LowercaseLetter ? first : '\0';
    }

    private ref struct HyphenParts
    {
        private ReadOnlySpan<char> _rest;

        public HyphenParts(ReadOnlySpan<char> word)
        {
            _rest = word;
            Current = default;
        }

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly HyphenParts GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_rest.IsEmpty)
            {
                return false;
            }

            var dash = _rest.IndexOfAny('-', '.', '\u2010');
            Current = dash < 0 ? _rest : _rest[..dash];
            _rest = dash < 0 ? [] : _rest[(dash + 1)..];
            return true;
        }
    }
}

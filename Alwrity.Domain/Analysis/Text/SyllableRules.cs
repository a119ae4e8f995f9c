namespace Alwrity.Domain.Analysis.Text;

/// <summary>The rule part of <see cref="SyllableCounter"/>: works on lower-case a-z only.</summary>
internal static class SyllableRules
{
    public static bool IsVowel(ReadOnlySpan<char> w, int i)
    {
        var c = w[i];
        if (c is 'a' or 'e' or 'i' or 'o')
        {
            return true;
        }

        if (c == 'u')
        {
            return i == 0 || w[i - 1] != 'q'; // "qu" is a consonant sound
        }

        // y is a vowel except as the first letter before a vowel (yes, you)
        return c == 'y' && !(i == 0 && w.Length > 1 && w[1] is 'a' or 'e' or 'i' or 'o' or 'u');
    }

    public static int Count(ReadOnlySpan<char> w)
    {
        if (w.Length <= 3)
        {
            return 1;
        }

        var count = VowelGroups(w) + SplitVowelPairs(w) - SilentEndings(w);
        return Math.Max(1, count);
    }

    private static int VowelGroups(ReadOnlySpan<char> w)
    {
        var groups = 0;
        var previousVowel = false;
        for (var i = 0; i < w.Length; i++)
        {
            var vowel = IsVowel(w, i);
            if (vowel && !previousVowel)
            {
                groups++;
            }

            previousVowel = vowel;
        }

        return groups;
    }

    /// <summary>Vowel pairs pronounced as two syllables.</summary>
    private static int SplitVowelPairs(ReadOnlySpan<char> w)
    {
        var extra = 0;
        for (var i = 0; i + 1 < w.Length; i++)
        {
            var before = i > 0 ? w[i - 1] : ' ';
            var after = i + 2 < w.Length ? w[i + 2] : ' ';
            var pair = (w[i], w[i + 1]);
            extra += pair switch
            {
                ('i', 'a') when before is not ('c' or 't' or 'g' or 's') => 1,           // vi-a, gi-ant, tri-al
                ('i', 'a') when w[(i + 2)..].StartsWith("t") => 1,                       // appreci-ate, associ-ation
                ('i', 'o') when before is not ('c' or 't' or 's' or 'g' or 'x') => 1,    // li-on, radi-o, curi-ous
                ('i', 'u') => 1,                                                          // medi-um
                ('e', 'o') when before != 'g' && after != 'u' => 1,                      // vide-o, the-ory
                ('u', 'a') when before is not ('q' or 'g') => 1,                          // actu-al, usu-al
                ('i', 'e') when after == 't' || (after == 'r' && i + 3 == w.Length) => 1, // qui-et, soci-ety, happi-er
                ('i', 'e') when w[(i + 2)..].StartsWith("st") && i + 4 == w.Length => 1,  // happi-est
                ('i', 'e') when (w[(i + 2)..] is "nce" or "nces" or "nt" or "nts") && before != 't' && before != 'c' => 1, // audi-ence, cli-ent
                _ => 0,
            };
        }

        if (w.EndsWith("ing") && w.Length > 4 && IsVowel(w, w.Length - 4) && w[^4] != 'u')
        {
            extra++; // be-ing, go-ing, say-ing
        }

        if (w.EndsWith("ism"))
        {
            extra++; // touri-sm
        }

        return extra;
    }

    /// <summary>Silent letters at the end: make, jumped, makes; and the silent e inside love-ly, move-ment.</summary>
    private static int SilentEndings(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        if (w[n - 1] == 'e' && !IsVowel(w, n - 2) && !(w[n - 2] == 'l' && n > 2 && !IsVowel(w, n - 3)))
        {
            return 1;
        }

        if (w.EndsWith("es") && n > 4 && !IsVowel(w, n - 3) && !SoundedEs(w))
        {
            return 1;
        }

        if (w.EndsWith("ed") && n > 3 && w[n - 3] is not ('t' or 'd') && w[n - 3] is not ('a' or 'e' or 'i' or 'o' or 'u'))
        {
            return 1;
        }

        return SilentStemE(w);
    }

    private static bool SoundedEs(ReadOnlySpan<char> w)
    {
        var stem = w[..^2];
        return stem[^1] is 's' or 'x' or 'z' || stem.EndsWith("ch") || stem.EndsWith("sh") || stem.EndsWith("g") || stem.EndsWith("c")
            || (stem[^1] == 'l' && stem.Length > 1 && stem[^2] is not ('a' or 'e' or 'i' or 'o' or 'u'));
    }

    private static int SilentStemE(ReadOnlySpan<char> w)
    {
        ReadOnlySpan<string> suffixes = ["ly", "ment", "ments", "ness", "ful", "less", "fully", "lessly"];
        foreach (var suffix in suffixes)
        {
            if (w.Length > suffix.Length + 2 && w.EndsWith(suffix))
            {
                var stem = w[..^suffix.Length];
                var silent = stem[^1] == 'e' && !IsVowel(stem, stem.Length - 2) && stem[^2] != 'l';
                return silent ? 1 : 0;
            }
        }

        return 0;
    }
}

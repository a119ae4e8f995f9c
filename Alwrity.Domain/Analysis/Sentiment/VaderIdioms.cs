namespace Alwrity.Domain.Analysis.Sentiment;

/// <summary>VADER's special-case idioms ("the bomb", "kiss of death") and multi-word dampeners ("kind of").</summary>
internal static class VaderIdioms
{
    private const int MaxPhrase = 48;

    public static double Check(double valence, ReadOnlySpan<VaderToken> tokens, ReadOnlySpan<char> text, int i)
    {
        // Every phrase tried below spans token i - 2 or token i, and a phrase with a word in no idiom is never found.
        if (!tokens[i].Word.InPhrase && !tokens[i - 2].Word.InPhrase)
        {
            return valence;
        }

        Span<char> buffer = stackalloc char[MaxPhrase];
        // onezero, twoonezero, twoone, threetwoone, threetwo: the first special case found wins
        ReadOnlySpan<(int From, int To)> backwards = [(i - 1, i), (i - 2, i), (i - 2, i - 1), (i - 3, i - 1), (i - 3, i - 2)];
        foreach (var (from, to) in backwards)
        {
            if (Lookup(tokens, text, from, to, buffer, special: true, out var value))
            {
                valence = value;
                break;
            }
        }

        if (tokens.Length - 1 > i && Lookup(tokens, text, i, i + 1, buffer, special: true, out var next))
        {
            valence = next;
        }

        if (tokens.Length - 1 > i + 1 && Lookup(tokens, text, i, i + 2, buffer, special: true, out var next2))
        {
            valence = next2;
        }

        ReadOnlySpan<(int From, int To)> dampeners = [(i - 3, i - 1), (i - 3, i - 2), (i - 2, i - 1)];
        foreach (var (from, to) in dampeners)
        {
            if (Lookup(tokens, text, from, to, buffer, special: false, out var booster))
            {
                valence += booster;
            }
        }

        return valence;
    }

    /// <summary>Joins the lower-cased tokens from..to with single spaces and looks the phrase up.</summary>
    private static bool Lookup(ReadOnlySpan<VaderToken> tokens, ReadOnlySpan<char> text, int from, int to, Span<char> buffer, bool special, out double value)
    {
        value = 0;
        for (var k = from; k <= to; k++)
        {
            if (!tokens[k].Word.InPhrase)
            {
                return false; // a word that is in no idiom: skip building the phrase
            }
        }

        var length = 0;
        for (var k = from; k <= to; k++)
        {
            var token = tokens[k];
            if (length + token.Length + 1 > buffer.Length)
            {
                return false;
            }

            if (k > from)
            {
                buffer[length++] = ' ';
            }

            // Lower-casing a token on its own equals slicing the lower-cased sentence: tokens never split a surrogate pair.
            length += text.Slice(token.Start, token.Length).ToLowerInvariant(buffer[length..]);
        }

        var phrase = buffer[..length];
        return special ? VaderRules.SpecialCaseLookup.TryGetValue(phrase, out value) : VaderRules.PhraseBoosterLookup.TryGetValue(phrase, out value);
    }
}

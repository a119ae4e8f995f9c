namespace Alwrity.Domain.Analysis.Sentiment;

/// <summary>VADER's per-word rules over one sentence's tokens.</summary>
internal readonly ref struct VaderContext
{
    private const int ExactButLimit = 256;
    private readonly ReadOnlySpan<VaderToken> _tokens;
    private readonly ReadOnlySpan<char> _text;
    private readonly bool _capsDiffer;

    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="text">The sentence as written (token offsets point into it).</param>
    /// <param name="upperTokens">How many tokens are ALL CAPS (emphasis counts only among mixed-case tokens).</param>
    public VaderContext(ReadOnlySpan<VaderToken> tokens, ReadOnlySpan<char> text, int upperTokens)
    {
        _tokens = tokens;
        _text = text;
        var differential = tokens.Length - upperTokens;
        _capsDiffer = differential > 0 && differential < tokens.Length;
    }

    private VaderCode Code(int i) => _tokens[i].Word.Code;

    private bool InLexicon(int i) => _tokens[i].Word.InLexicon;

    /// <summary>The adjusted valence of token <paramref name="i"/> (0 for modifiers and words outside the lexicon).</summary>
    public double Valence(int i)
    {
        ref readonly var token = ref _tokens[i];
        if (token.Word.IsBooster || (Code(i) == VaderCode.Kind && i < _tokens.Length - 1 && Code(i + 1) == VaderCode.Of) || !token.Word.InLexicon)
        {
            return 0;
        }

        var valence = token.Word.Valence;
        if (Code(i) == VaderCode.No && i != _tokens.Length - 1 && InLexicon(i + 1))
        {
            valence = 0.0; // "no" negates the next word instead of counting itself
        }

        if ((i > 0 && Code(i - 1) == VaderCode.No) || (i > 1 && Code(i - 2) == VaderCode.No)
            || (i > 2 && Code(i - 3) == VaderCode.No && Code(i - 1) is VaderCode.Or or VaderCode.Nor))
        {
            valence = token.Word.Valence * VaderRules.NegationScalar;
        }

        if (token.IsUpper && _capsDiffer)
        {
            valence += valence > 0 ? VaderRules.CapsIncrement : -VaderRules.CapsIncrement;
        }

        for (var distance = 0; distance < 3; distance++)
        {
            var before = i - (distance + 1);
            if (i > distance && !InLexicon(before))
            {
                var scalar = BoosterScalar(in _tokens[before], valence);
                scalar *= scalar == 0 ? 1 : distance == 1 ? 0.95 : distance == 2 ? 0.9 : 1;
                valence = NegationCheck(valence + scalar, distance, i);
                if (distance == 2)
                {
                    valence = VaderIdioms.Check(valence, _tokens, _text, i);
                }
            }
        }

        return LeastCheck(valence, i);
    }

    private double BoosterScalar(in VaderToken word, double valence)
    {
        if (!word.Word.IsBooster)
        {
            return 0;
        }

        var scalar = valence < 0 ? -word.Word.Booster : word.Word.Booster;
        if (word.IsUpper && _capsDiffer)
        {
            scalar += valence > 0 ? VaderRules.CapsIncrement : -VaderRules.CapsIncrement;
        }

        return scalar;
    }

    private double NegationCheck(double valence, int distance, int i)
    {
        switch (distance)
        {
            case 0:
                return _tokens[i - 1].IsNegated ? valence * VaderRules.NegationScalar : valence;
            case 1:
                if (Code(i - 2) == VaderCode.Never && Code(i - 1) is VaderCode.So or VaderCode.This)
                {
                    return valence * 1.25;
                }

                if (Code(i - 2) == VaderCode.Without && Code(i - 1) == VaderCode.Doubt)
                {
                    return valence;
                }

                return _tokens[i - 2].IsNegated ? valence * VaderRules.NegationScalar : valence;
            default:
                // The reference groups this test as (never and (so or this)) or (so or this) for the word just before.
                if ((Code(i - 3) == VaderCode.Never && Code(i - 2) is VaderCode.So or VaderCode.This) || Code(i - 1) is VaderCode.So or VaderCode.This)
                {
                    return valence * 1.25;
                }

                if (Code(i - 3) == VaderCode.Without && (Code(i - 2) == VaderCode.Doubt || Code(i - 1) == VaderCode.Doubt))
                {
                    return valence;
                }

                return _tokens[i - 3].IsNegated ? valence * VaderRules.NegationScalar : valence;
        }
    }

    private double LeastCheck(double valence, int i)
    {
        if (i > 1 && !InLexicon(i - 1) && Code(i - 1) == VaderCode.Least)
        {
            return Code(i - 2) is not (VaderCode.At or VaderCode.Very) ? valence * VaderRules.NegationScalar : valence;
        }

        if (i > 0 && !InLexicon(i - 1) && Code(i - 1) == VaderCode.Least)
        {
            return valence * VaderRules.NegationScalar;
        }

        return valence;
    }

    /// <summary>
    /// After the first "but", earlier sentiments are halved and later ones raised by half. For sentences up to
    /// 256 tokens this reproduces the reference exactly, including its lookup of each value's first occurrence;
    /// longer ones use the positional rule (the quirk there would cost quadratic time).
    /// </summary>
    public void ApplyBut(Span<double> sentiments)
    {
        var but = -1;
        for (var i = 0; i < _tokens.Length; i++)
        {
            if (_tokens[i].IsBut)
            {
                but = i;
                break;
            }
        }

        if (but < 0)
        {
            return;
        }

        var exact = sentiments.Length <= ExactButLimit;
        for (var k = 0; k < sentiments.Length; k++)
        {
            var value = sentiments[k];
            var index = exact ? sentiments.IndexOf(value) : k;
            if (index < but)
            {
                sentiments[index] = value * 0.5;
            }
            else if (index > but)
            {
                sentiments[index] = value * 1.5;
            }
        }
    }
}

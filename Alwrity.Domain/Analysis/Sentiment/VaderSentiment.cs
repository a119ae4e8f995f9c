using System.Buffers;
using System.Text;

namespace Alwrity.Domain.Analysis.Sentiment;

/// <summary>VADER polarity of one sentence: compound in [-1, 1] and the positive/neutral/negative proportions.</summary>
public readonly record struct VaderScore(double Compound, double Positive, double Neutral, double Negative);

/// <summary>
/// A C# re-implementation of VADER (Hutto &amp; Gilbert 2014): lexicon valences adjusted for boosters and dampeners,
/// negation (including "n't", "no", "never so", "without doubt"), the "but" shift, ALL-CAPS emphasis, "kind of",
/// "least", VADER's special-case idioms, emoji descriptions, and ! / ? amplification; normalised with α = 15.
/// </summary>
public static class VaderSentiment
{
    private const int StackTokens = 128;

    /// <summary>Scores one sentence, rounded as the reference implementation prints it (compound 4 places, proportions 3).</summary>
    public static VaderScore Score(string? sentence)
    {
        var raw = ScoreRaw(sentence);
        return new VaderScore(
            Math.Round(raw.Compound, 4), Math.Round(raw.Positive, 3), Math.Round(raw.Neutral, 3), Math.Round(raw.Negative, 3));
    }

    /// <summary>Unrounded scores, for averaging over many sentences.</summary>
    internal static VaderScore ScoreRaw(ReadOnlySpan<char> sentence)
    {
        return VaderEmoji.Contains(sentence) ? ScoreText(VaderEmoji.Describe(sentence)) : ScoreText(sentence);
    }

    private static VaderScore ScoreText(ReadOnlySpan<char> text)
    {
        VaderToken[]? rentedTokens = null;
        double[]? rentedSentiments = null;
        try
        {
            // Sized to need: stackalloc zero-fills, so oversized buffers would cost more than the scoring itself.
            var maxTokens = VaderTokenizer.CountTokens(text);
            if (maxTokens == 0)
            {
                return default;
            }

            var tokens = maxTokens <= StackTokens ? stackalloc VaderToken[maxTokens] : (rentedTokens = ArrayPool<VaderToken>.Shared.Rent(maxTokens));
            var count = VaderTokenizer.Split(text, tokens);
            var sentiments = count <= StackTokens ? stackalloc double[count] : (rentedSentiments = ArrayPool<double>.Shared.Rent(count));
            return ScoreTokens(text, tokens[..count], sentiments[..count]);
        }
        finally
        {
            Return(rentedTokens);
            Return(rentedSentiments);
        }
    }

    /// <summary>Scores a sentence already split into VADER tokens; <paramref name="sentiments"/> is scratch of the same length.</summary>
    internal static VaderScore ScoreTokens(ReadOnlySpan<char> text, ReadOnlySpan<VaderToken> tokens, Span<double> sentiments)
    {
        var upper = 0;
        var but = false;
        foreach (var token in tokens)
        {
            upper += token.IsUpper ? 1 : 0;
            but |= token.IsBut;
        }

        return ScoreTokens(text, tokens, sentiments, upper, but);
    }

    /// <summary>As above, with the number of ALL-CAPS tokens and whether any token is "but" already counted.</summary>
    internal static VaderScore ScoreTokens(ReadOnlySpan<char> text, ReadOnlySpan<VaderToken> tokens, Span<double> sentiments, int upperTokens, bool hasBut)
    {
        var context = new VaderContext(tokens, text, upperTokens);
        for (var i = 0; i < tokens.Length; i++)
        {
            sentiments[i] = tokens[i].InLexicon ? context.Valence(i) : 0; // Valence is 0 outside the lexicon
        }

        if (hasBut)
        {
            context.ApplyBut(sentiments);
        }

        return Summarise(sentiments, text);
    }

    private static void Return<T>(T[]? array)
    {
        if (array is not null)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }

    private static VaderScore Summarise(ReadOnlySpan<double> sentiments, ReadOnlySpan<char> text)
    {
        // One pass; each sum still adds its values in sentence order, so the results are those of separate passes.
        double sum = 0, positive = 0, negative = 0;
        var neutral = 0;
        foreach (var s in sentiments)
        {
            sum += s;
            if (s > 0)
            {
                positive += s + 1; // compensates for neutral words counted as 1
            }
            else if (s < 0)
            {
                negative += s - 1;
            }
            else
            {
                neutral++;
            }
        }

        var amplifier = PunctuationEmphasis(text);
        sum += sum > 0 ? amplifier : sum < 0 ? -amplifier : 0;
        var compound = Math.Clamp(sum / Math.Sqrt((sum * sum) + VaderRules.Alpha), -1.0, 1.0);
        if (positive > Math.Abs(negative))
        {
            positive += amplifier;
        }
        else if (positive < Math.Abs(negative))
        {
            negative -= amplifier;
        }

        var total = positive + Math.Abs(negative) + neutral;
        return new VaderScore(compound, Math.Abs(positive / total), Math.Abs(neutral / total), Math.Abs(negative / total));
    }

    /// <summary>Up to four '!' add 0.292 each; two or three '?' add 0.18 each, more add 0.96.</summary>
    private static double PunctuationEmphasis(ReadOnlySpan<char> text)
    {
        var exclamations = Math.Min(4, text.Count('!'));
        var questions = text.Count('?');
        var questionBoost = questions <= 1 ? 0 : questions <= 3 ? questions * 0.18 : 0.96;
        return (exclamations * 0.292) + questionBoost;
    }
}

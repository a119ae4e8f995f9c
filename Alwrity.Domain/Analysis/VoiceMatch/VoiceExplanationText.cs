using System.Globalization;

namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>Wording of voice-match explanations, with concrete rates (per 1,000 words) and sentence lengths.</summary>
internal static class VoiceExplanationText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Word(string word, double yours, double draft)
    {
        var w = $"'{Display(word)}'";
        var numbers = $"({Rate(yours)} vs {Rate(draft)} per 1,000 words)";
        if (Close(yours, draft))
        {
            return $"You use {w} about as often as this draft {numbers}.";
        }

        if (yours > draft)
        {
            return draft == 0
                ? $"You use {w} {Rate(yours)} times per 1,000 words; this draft never does."
                : $"You use {w} {Often(yours, draft)} this draft {numbers}.";
        }

        return yours == 0
            ? $"This draft uses {w} {Rate(draft)} times per 1,000 words where you never do."
            : $"This draft uses {w} {Often(draft, yours)} you do ({Rate(draft)} vs {Rate(yours)} per 1,000 words).";
    }

    public static string Punctuation(PunctuationFeature feature, double yours, double draft)
    {
        var label = PunctuationFeatures.Label(feature);
        if (yours == 0 && draft == 0)
        {
            return $"Neither you nor this draft uses {label}.";
        }

        if (Close(yours, draft))
        {
            return $"Your rate of {label} is close to this draft's ({Rate(yours)} vs {Rate(draft)} per 1,000 words).";
        }

        if (draft > yours)
        {
            return yours < 0.5
                ? $"This draft uses {label} ({Rate(draft)} per 1,000 words) where you {(yours == 0 ? "never do" : $"almost never do ({Rate(yours)})")}."
                : $"This draft uses {label} {Often(draft, yours)} you do ({Rate(draft)} vs {Rate(yours)} per 1,000 words).";
        }

        return draft < 0.5
            ? $"You use {label} ({Rate(yours)} per 1,000 words); this draft {(draft == 0 ? "has none" : $"almost never does ({Rate(draft)})")}."
            : $"You use {label} {Often(yours, draft)} this draft ({Rate(yours)} vs {Rate(draft)} per 1,000 words).";
    }

    public static string SentenceLength(double yours, double draft)
    {
        var numbers = $"({draft.ToString("0", Invariant)} vs {yours.ToString("0", Invariant)} words on average)";
        var change = (draft / Math.Max(yours, 1)) - 1;
        if (Math.Abs(change) < 0.10)
        {
            return $"Sentence length is close to yours {numbers}.";
        }

        if (change >= 0.9)
        {
            return $"These sentences are {Times(change + 1)} as long as yours {numbers}.";
        }

        var percent = Math.Abs(change * 100).ToString("0", Invariant);
        return $"These sentences are {percent}% {(change > 0 ? "longer" : "shorter")} than yours {numbers}.";
    }

    /// <summary>"three times as often as" or "40% more often than".</summary>
    private static string Often(double more, double less)
    {
        var ratio = more / less;
        return ratio >= 1.5
            ? $"{Times(ratio)} as often as"
            : $"{((ratio - 1) * 100).ToString("0", Invariant)}% more often than";
    }

    private static string Times(double ratio) => (Math.Round(ratio * 2) / 2) switch
    {
        2 => "twice",
        3 => "three times",
        4 => "four times",
        _ => $"{ratio.ToString(ratio >= 10 ? "0" : "0.#", Invariant)} times",
    };

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 0.15 * Math.Max(a, b);

    private static string Rate(double rate) => rate.ToString(rate >= 10 ? "0" : "0.0", Invariant);

    private static string Display(string word) =>
        word == "i" || word.StartsWith("i'", StringComparison.Ordinal) ? "I" + word[1..] : word;
}

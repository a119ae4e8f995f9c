using System.Globalization;

namespace Alwrity.Domain.Personas.Store;

/// <summary>Measured numbers said in plain words for a voice guide.</summary>
internal static class PlainWords
{
    /// <summary>Bands of Flesch Reading Ease as Flesch published them (Flesch 1948, "A new readability yardstick").</summary>
    public static string ReadingEase(double score) => score switch
    {
        >= 90 => "very easy to read",
        >= 80 => "easy to read",
        >= 70 => "fairly easy to read",
        >= 60 => "plain English",
        >= 50 => "fairly difficult",
        >= 30 => "difficult, for attentive readers",
        _ => "very difficult, close to academic prose",
    };

    /// <summary>Mean VADER compound; ±0.05 is the neutral band Hutto and Gilbert (2014) recommend.</summary>
    public static string Sentiment(double compound) => compound switch
    {
        >= 0.3 => "warm and upbeat",
        >= 0.05 => "mildly positive",
        > -0.05 => "neutral and matter-of-fact",
        > -0.3 => "a little critical",
        _ => "critical and direct about problems",
    };

    /// <summary>
    /// Heylighen–Dewaele F-score (0–100; conversation sits in the 40s, formal writing in the 60s and above).
    /// A value of at most 1 is read as a 0–1 fraction of the same scale.
    /// </summary>
    public static string Formality(double score)
    {
        var f = score <= 1 ? score * 100 : score;
        return f switch
        {
            >= 70 => "formal",
            >= 60 => "fairly formal",
            >= 50 => "balanced between conversational and formal",
            _ => "conversational",
        };
    }

    public static string Number(double value, string format = "0.#") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}

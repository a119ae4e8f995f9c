namespace Alwrity.Domain.Analysis.VoiceMatch;

/// <summary>The marks counted in a punctuation profile (rates per 1,000 words).</summary>
public enum PunctuationFeature
{
    Comma,
    Semicolon,
    Colon,
    EmDash,
    EnDash,
    Ellipsis,
    Exclamation,
    Question,
    Quote,
    Parenthesis,
    Emoji,
    Hashtag,
    Mention,
    Url,
}

/// <summary>Names and plain-language labels of the punctuation features.</summary>
public static class PunctuationFeatures
{
    /// <summary>How many features there are.</summary>
    public const int Count = (int)PunctuationFeature.Url + 1;

    private static readonly string[] Keys =
    [
        "comma", "semicolon", "colon", "emDash", "enDash", "ellipsis", "exclamation", "question",
        "quote", "parenthesis", "emoji", "hashtag", "mention", "url",
    ];

    private static readonly string[] Labels =
    [
        "commas", "semicolons", "colons", "em dashes", "en dashes", "ellipses", "exclamation marks",
        "question marks", "quotation marks", "parentheses", "emoji", "hashtags", "mentions", "links",
    ];

    /// <summary>The JSON key of a feature (camelCase, e.g. "emDash").</summary>
    public static string Key(PunctuationFeature feature) => Keys[(int)feature];

    /// <summary>A plural noun for sentences ("semicolons").</summary>
    public static string Label(PunctuationFeature feature) => Labels[(int)feature];

    /// <summary>The feature whose key is <paramref name="key"/>, if any.</summary>
    public static bool TryParse(string key, out PunctuationFeature feature)
    {
        var index = Array.IndexOf(Keys, key);
        feature = (PunctuationFeature)Math.Max(index, 0);
        return index >= 0;
    }
}

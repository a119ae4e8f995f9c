using System.Text.RegularExpressions;

namespace Alwrity.Tests.Analysis.VoiceMatch;

/// <summary>Helpers that cut corpus text to an exact number of words and rewrite pronouns.</summary>
internal static partial class VoiceTexts
{
    /// <summary>
    /// Exactly <paramref name="words"/> words from <paramref name="text"/>: only tokens that are plain words with
    /// at most one trailing mark are kept, so every token counts as exactly one word.
    /// </summary>
    public static string ExactWords(string text, int words)
    {
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(t => PlainToken().IsMatch(t))
            .Take(words)
            .ToList();
        Assert.Equal(words, tokens.Count);
        return string.Join(' ', tokens);
    }

    /// <summary>Rewrites first-person plural pronouns as singular ones (we → I, our → my, us → me).</summary>
    public static string Singular(string text) => PluralPronoun().Replace(text, m => m.Value switch
    {
        "we" => "I", "We" => "I", "our" => "my", "Our" => "My", "us" => "me", "ours" => "mine",
        _ => m.Value,
    });

    /// <summary>Rewrites first-person singular pronouns as plural ones (I → we, my → our, me → us).</summary>
    public static string Plural(string text) => SingularPronoun().Replace(text, m => m.Value switch
    {
        "I" => "we", "my" => "our", "My" => "Our", "me" => "us", "mine" => "ours",
        _ => m.Value,
    });

    [GeneratedRegex(@"^[A-Za-z]+[.,;:]?$")]
    private static partial Regex PlainToken();

    [GeneratedRegex(@"\b(we|We|our|Our|us|ours)\b")]
    private static partial Regex PluralPronoun();

    [GeneratedRegex(@"\b(I|my|My|me|mine)\b")]
    private static partial Regex SingularPronoun();
}

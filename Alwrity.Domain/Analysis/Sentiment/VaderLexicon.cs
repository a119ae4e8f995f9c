using System.Globalization;

namespace Alwrity.Domain.Analysis.Sentiment;

/// <summary>What VADER knows about one lower-case token: its valence and the rule roles it plays.</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
internal readonly record struct VaderWord(double Valence, bool InLexicon, double Booster, bool IsBooster, bool IsNegation, VaderCode Code, bool InPhrase = false);

/// <summary>Words VADER's rules test by name.</summary>
internal enum VaderCode : byte
{
    None, Kind, Of, No, Or, Nor, Least, At, Very, Never, So, This, Without, Doubt, But,
}

/// <summary>
/// The VADER lexicon (Hutto &amp; Gilbert 2014, MIT licence; see Analysis/README.md) merged with the rule word lists
/// into one table, so each token costs one lookup. Loaded once, on first use.
/// </summary>
internal static class VaderLexicon
{
    private static readonly Lazy<Tables> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Dictionary<string, VaderWord>.AlternateLookup<ReadOnlySpan<char>> Words => Data.Value.WordLookup;

    public static IReadOnlyDictionary<int, string> Emoji => Data.Value.Emoji;

    /// <summary>Looks up a lower-case token; unknown tokens get a default entry.</summary>
    public static VaderWord Find(ReadOnlySpan<char> lower) =>
        Data.Value.WordLookup.TryGetValue(lower, out var word) ? word : default;

    private sealed record Tables(Dictionary<string, VaderWord>.AlternateLookup<ReadOnlySpan<char>> WordLookup, Dictionary<int, string> Emoji);

    private static Tables Load()
    {
        var words = new Dictionary<string, VaderWord>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("Alwrity.Analysis.vader_lexicon.tsv"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var valence = double.Parse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
            words[line[..tab]] = new VaderWord(valence, true, 0, false, false, VaderCode.None);
        }

        foreach (var (booster, value) in VaderRules.Boosters)
        {
            words[booster] = Get(words, booster) with { Booster = value, IsBooster = true };
        }

        foreach (var negation in VaderRules.Negations)
        {
            words[negation] = Get(words, negation) with { IsNegation = true };
        }

        foreach (var (name, code) in VaderRules.Codes)
        {
            words[name] = Get(words, name) with { Code = code };
        }

        foreach (var phrase in VaderRules.SpecialCases.Keys.Concat(VaderRules.PhraseBoosters.Keys))
        {
            foreach (var part in phrase.Split(' '))
            {
                words[part] = Get(words, part) with { InPhrase = true };
            }
        }

        var emoji = new Dictionary<int, string>();
        foreach (var line in EmbeddedData.ReadLines("Alwrity.Analysis.vader_emoji.tsv"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            emoji[char.ConvertToUtf32(line, 0)] = line[(tab + 1)..];
        }

        return new Tables(words.GetAlternateLookup<ReadOnlySpan<char>>(), emoji);
    }

    private static VaderWord Get(Dictionary<string, VaderWord> words, string key) => words.TryGetValue(key, out var word) ? word : default;
}

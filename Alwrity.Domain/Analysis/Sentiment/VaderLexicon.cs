using System.Globalization;

namespace Alwrity.Domain.Analysis.Sentiment;

/// <summary>What VADER knows about one lower-case token: its valence and the rule roles it plays.</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
internal readonly record struct VaderWord(double Valence, bool InLexicon, double Booster, bool IsBooster, bool IsNegation, VaderCode Code, bool InPhrase = false);

/// <summary>The lexicon's entries for fast reads by index (a static field is read directly once the class is ready).</summary>
internal static class VaderEntries
{
    public static readonly VaderWord[] All = VaderLexicon.Entries;
}

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

    /// <summary>Every entry by index; index 0 is the default entry of a token outside the lexicon and the lists.</summary>
    public static VaderWord[] Entries => Data.Value.Entries;

    public static IReadOnlyDictionary<int, string> Emoji => Data.Value.Emoji;

    /// <summary>Index into <see cref="Entries"/> of a lower-case token (0 when unknown).</summary>
    public static int FindEntry(ReadOnlySpan<char> lower) =>
        Data.Value.Index.TryGetValue(lower, out var entry) ? entry : 0;

    private sealed record Tables(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Index, VaderWord[] Entries, Dictionary<int, string> Emoji);

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

        var entries = new VaderWord[words.Count + 1];
        var index = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        foreach (var (key, word) in words)
        {
            index[key] = index.Count + 1;
            entries[index.Count] = word;
        }

        return new Tables(index.GetAlternateLookup<ReadOnlySpan<char>>(), entries, emoji);
    }

    private static VaderWord Get(Dictionary<string, VaderWord> words, string key) => words.TryGetValue(key, out var word) ? word : default;
}

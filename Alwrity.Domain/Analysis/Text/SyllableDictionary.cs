namespace Alwrity.Domain.Analysis.Text;

/// <summary>
/// Syllable counts from the CMU Pronouncing Dictionary for the words whose count the rules get wrong
/// (<c>syllable-dictionary.tsv</c>, built by <see cref="SyllableDictionaryBuilder"/>, embedded, loaded on first use).
/// Reference readability tools count syllables from the same dictionary, so published and tool-computed
/// readability values are reproduced closely.
/// </summary>
internal static class SyllableDictionary
{
    public const string ResourceName = "Alwrity.Analysis.syllable-dictionary.tsv";

    private static readonly Lazy<Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>> Lookup =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every entry: word → syllables.</summary>
    public static IReadOnlyDictionary<string, int> Words => Lookup.Value.Dictionary;

    public static bool TryGet(ReadOnlySpan<char> word, out int syllables) => Lookup.Value.TryGetValue(word, out syllables);

    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines(ResourceName))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line[0] != '#' && tab > 0)
            {
                words[line[..tab]] = int.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}

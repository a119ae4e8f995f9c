using System.Globalization;

namespace Alwrity.Domain.Analysis.Norms;

/// <summary>
/// Background word and phrase frequencies (built by <see cref="BackgroundNormsBuilder"/>, embedded in this assembly,
/// loaded once). Go-to words and phrases are distinctive against these counts; vocabulary level uses the word ranks.
/// </summary>
public sealed class BackgroundNorms
{
    private static readonly Lazy<BackgroundNorms> Instance = new(() => Parse(EmbeddedData.ReadLines(ResourceName)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Logical name of the embedded file.</summary>
    public const string ResourceName = "Alwrity.Analysis.background-words.tsv";

    private BackgroundNorms(Dictionary<string, int> words, Dictionary<string, int> phrases, long totalWords)
    {
        Words = words;
        Phrases = phrases;
        TotalWords = totalWords;
        var ranks = RankWords(words);
        Ranks = ranks;
        RankLookup = ranks.GetAlternateLookup<ReadOnlySpan<char>>();
        PhraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared table from the embedded file.</summary>
    public static BackgroundNorms Shared => Instance.Value;

    /// <summary>Word (lower case) → count in the background.</summary>
    public IReadOnlyDictionary<string, int> Words { get; }

    /// <summary>Two- and three-word phrases (space separated) → count.</summary>
    public IReadOnlyDictionary<string, int> Phrases { get; }

    /// <summary>Running words in the background corpora.</summary>
    public long TotalWords { get; }

    /// <summary>Word → 1-based frequency rank (ties broken alphabetically).</summary>
    public IReadOnlyDictionary<string, int> Ranks { get; }

    internal Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup { get; }

    internal Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> RankLookup { get; }

    /// <summary>Reads the tab-separated format written by <see cref="BackgroundNormsBuilder"/>.</summary>
    public static BackgroundNorms Parse(IEnumerable<string> lines)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, int>(StringComparer.Ordinal);
        long total = 0;
        foreach (var line in lines)
        {
            var tab = line.LastIndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            var key = line[..tab];
            var count = long.Parse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture);
            if (key == BackgroundNormsBuilder.TotalKey)
            {
                total = count;
            }
            else if (key[0] != '#')
            {
                (key.Contains(' ', StringComparison.Ordinal) ? phrases : words)[key] = (int)count;
            }
        }

        return new BackgroundNorms(words, phrases, Math.Max(1, total));
    }

    private static Dictionary<string, int> RankWords(Dictionary<string, int> words)
    {
        var ordered = words.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal);
        var ranks = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        var rank = 0;
        foreach (var pair in ordered)
        {
            ranks[pair.Key] = ++rank;
        }

        return ranks;
    }
}

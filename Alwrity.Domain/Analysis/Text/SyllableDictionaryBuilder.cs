using System.Globalization;
using System.Text;

namespace Alwrity.Domain.Analysis.Text;

/// <summary>
/// Builds <c>syllable-dictionary.tsv</c> from a pronouncing dictionary in the CMU format ("word  PH1 PH2 …", stress
/// digits on vowels, alternates as "word(2)", comments after ";;;" or "#"): for every plain lower-case word of at least
/// three letters, its syllable count (the vowels of its first pronunciation, as reference readability tools count)
/// wherever the rules (<see cref="SyllableRules"/>) give another count and the hand-kept list
/// (<see cref="SyllableExceptions"/>) does not already decide. Deterministic: the same dictionary gives the same file.
/// </summary>
internal static class SyllableDictionaryBuilder
{
    public const string Header = "#alwrity-syllable-dictionary v1";

    public static string Build(IEnumerable<string> pronouncingDictionaryLines, string sourceName)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = 0;
        foreach (var line in pronouncingDictionaryLines)
        {
            if (!TryParse(line, out var word, out var syllables) || !seen.Add(word))
            {
                continue; // a comment, an alternate pronunciation, or not a plain word
            }

            words++;
            if (!SyllableExceptions.TryGetKept(word, out _) && Math.Max(1, SyllableRules.Count(word)) != syllables)
            {
                counts[word] = syllables;
            }
        }

        var output = new StringBuilder();
        output.Append(Header).Append('\n');
        output.Append(CultureInfo.InvariantCulture, $"#source\t{sourceName}: {words} plain words, {counts.Count} where the rules count otherwise\n");
        foreach (var (word, syllables) in counts)
        {
            output.Append(word).Append('\t').Append(syllables.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return output.ToString();
    }

    private static bool TryParse(string line, out string word, out int syllables)
    {
        word = "";
        syllables = 0;
        var comment = line.IndexOf('#', StringComparison.Ordinal);
        var parts = (comment >= 0 ? line[..comment] : line).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0].StartsWith(";;;", StringComparison.Ordinal))
        {
            return false;
        }

        var head = parts[0].ToLowerInvariant();
        if (head.Length < 3 || !head.All(char.IsAsciiLetterLower))
        {
            return false; // alternates "word(2)", apostrophes, digits and short words stay with the rules
        }

        foreach (var phone in parts.AsSpan(1))
        {
            syllables += char.IsAsciiDigit(phone[^1]) ? 1 : 0;
        }

        word = head;
        return syllables > 0;
    }
}

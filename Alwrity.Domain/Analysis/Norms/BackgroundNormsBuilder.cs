using System.Globalization;
using System.Text;
using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Norms;

/// <summary>
/// Builds the background table from documents: word counts (kept from 2 occurrences), phrase counts (2-3 word
/// n-grams inside a sentence, not starting or ending with a stopword, kept from 3), and a hand-written list of
/// modern everyday words lifted to the count of the 3,000th word so that 18th-20th century prose does not make
/// "email" or "team" look rare. Output is deterministic: ordinal key order, invariant integers, LF line ends.
/// </summary>
public static class BackgroundNormsBuilder
{
    /// <summary>The key of the line holding the total word count.</summary>
    public const string TotalKey = "#total-words";

    private const int MinWordCount = 2;
    private const int MinPhraseCount = 3;
    private const int ModernWordRank = 3000;

    /// <summary>Builds the file content from the documents' texts (their order does not matter).</summary>
    public static string Build(IEnumerable<string> documents)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, int>(StringComparer.Ordinal);
        long total = 0;
        foreach (var document in documents)
        {
            total += CountDocument(document, words, phrases);
        }

        LiftModernWords(words);
        return Write(words, phrases, total);
    }

    private static long CountDocument(string text, Dictionary<string, int> words, Dictionary<string, int> phrases)
    {
        var segmented = TextSegmenter.Segment(text);
        long count = 0;
        var run = new List<string>();
        foreach (var sentence in segmented.Sentences)
        {
            run.Clear();
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var token = segmented.Tokens[i];
                if (token.Kind != TokenKind.Word)
                {
                    CountPhrases(run, phrases);
                    run.Clear();
                    count += token.Kind == TokenKind.Number ? 1 : 0;
                    continue;
                }

                var key = Key(text, token);
                words[key] = words.GetValueOrDefault(key) + 1;
                run.Add(key);
                count++;
            }

            CountPhrases(run, phrases);
        }

        return count;
    }

    private static string Key(string text, TextToken token)
    {
        Span<char> buffer = stackalloc char[WordKey.MaxLength];
        var length = WordKey.Write(text.AsSpan(token.Start, token.Length), buffer, (token.Flags & TokenFlags.NonAscii) != 0);
        return new string(buffer[..length]);
    }

    private static void CountPhrases(List<string> run, Dictionary<string, int> phrases)
    {
        for (var start = 0; start < run.Count; start++)
        {
            for (var n = 2; n <= 3 && start + n <= run.Count; n++)
            {
                if (PhraseRules.IsCandidate(run[start], run[start + n - 1]))
                {
                    var phrase = string.Join(' ', run.GetRange(start, n));
                    phrases[phrase] = phrases.GetValueOrDefault(phrase) + 1;
                }
            }
        }
    }

    private static void LiftModernWords(Dictionary<string, int> words)
    {
        var ordered = words.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToList();
        var floor = ordered.Count >= ModernWordRank ? ordered[ModernWordRank - 1] : MinWordCount;
        foreach (var word in ModernWords.All)
        {
            words[word] = Math.Max(words.GetValueOrDefault(word), floor);
        }
    }

    private static string Write(Dictionary<string, int> words, Dictionary<string, int> phrases, long total)
    {
        var builder = new StringBuilder();
        builder.Append("#alwrity-background-norms v1\t0\n");
        builder.Append(TotalKey).Append('\t').Append(total.ToString(CultureInfo.InvariantCulture)).Append('\n');
        var kept = words.Where(p => p.Value >= MinWordCount)
            .Concat(phrases.Where(p => p.Value >= MinPhraseCount))
            .OrderBy(p => p.Key, StringComparer.Ordinal);
        foreach (var (key, count) in kept)
        {
            builder.Append(key).Append('\t').Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return builder.ToString();
    }
}

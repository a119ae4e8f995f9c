using Alwrity.Domain.Analysis.Lexicon;
using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Tests.Analysis;

/// <summary>
/// The word index finds a key through several paths (registers for short ASCII words, a per-analysis byte-keyed
/// table, the shared catalog, words new to the catalog); whichever path a key takes, it must get the same id.
/// </summary>
public class WordIndexTests
{
    [Fact]
    public void A_word_gets_the_same_id_through_the_short_path_and_the_general_one()
    {
        using var index = new WordIndex(WordCatalog.Shared);
        Span<char> key = stackalloc char[WordKey.MaxLength];
        foreach (var word in new[] { "the", "Government", "zzyzzx", "Constitutional", "abcdefghijklmnop", "naïve", "a" })
        {
            var text = word + new string(' ', 20);
            Assert.True(WordKey.TryLowerShort(text, 0, word.Length, nonAscii: false, out var low, out var high));
            var shortId = index.AddShort(low, high, word.Length, key);
            var length = WordKey.WriteBlocks(text, 0, word.Length, nonAscii: word.Any(c => c >= 128), key);
            var generalId = index.Add(key, length);

            Assert.Equal(shortId, generalId);
            Assert.Equal(2, index.CountOf(shortId));
            Assert.Equal(Lower(word), index.Info(shortId).Key);
        }
    }

    [Fact]
    public void Catalog_words_keep_their_catalog_ids()
    {
        using var index = new WordIndex(WordCatalog.Shared);
        Span<char> key = stackalloc char[WordKey.MaxLength];
        foreach (var word in new[] { "the", "people", "government", "understanding" })
        {
            var length = WordKey.WriteBlocks(word + new string(' ', 20), 0, word.Length, nonAscii: false, key);
            Assert.True(WordCatalog.Shared.Lookup.TryGetValue(word, out var catalogId));
            Assert.Equal(catalogId, index.Add(key, length));
        }
    }

    [Fact]
    public void Many_distinct_words_keep_their_ids_as_the_tables_grow()
    {
        using var index = new WordIndex(WordCatalog.Shared);
        var key = new char[WordKey.MaxLength];
        var words = Enumerable.Range(0, 40_000).Select(Word).ToArray();
        var ids = words.Select(w => Add(index, w, key)).ToArray();

        Assert.Equal(words.Length, ids.Distinct().Count());
        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(ids[i], Add(index, words[i], key));
            Assert.Equal(2, index.CountOf(ids[i]));
        }
    }

    private static int Add(WordIndex index, string word, Span<char> key)
    {
        var text = word + new string(' ', 20);
        return WordKey.TryLowerShort(text, 0, word.Length, nonAscii: false, out var low, out var high)
            ? index.AddShort(low, high, word.Length, key)
            : index.Add(key, WordKey.WriteBlocks(text, 0, word.Length, nonAscii: false, key));
    }

    /// <summary>Distinct made-up words of 3 to 20 letters (some beyond the 16 characters of the short path).</summary>
    private static string Word(int n)
    {
        var letters = new char[3 + (n % 18)];
        var x = (uint)n * 2654435761u;
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = (char)('a' + ((x >> (i % 4 * 8)) % 26));
        }

        return "q" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + new string(letters);
    }

    private static string Lower(string word) => word.ToLowerInvariant();
}

using Alwrity.Domain.Analysis.Lexicon;

namespace Alwrity.Tests.Analysis;

public class WordProfilerTests
{
    [Fact]
    public void A_word_new_to_the_catalog_is_described_as_from_the_norms()
    {
        var catalog = WordCatalog.Shared;
        var newWords = catalog.Infos.Take(4000)
            .SelectMany(info => new[] { info.Key + "s", info.Key + "es", info.Key + "ed", info.Key + "ing", info.Key + "ly", info.Key + "'s", "un" + info.Key })
            .Where(word => !catalog.Lookup.ContainsKey(word))
            .ToList();

        Assert.True(newWords.Count > 10_000);
        foreach (var word in newWords)
        {
            Assert.Equal(WordProfiler.Describe(word, catalog.Norms, markerTail: false), WordProfiler.DescribeNew(word, catalog));
        }
    }
}

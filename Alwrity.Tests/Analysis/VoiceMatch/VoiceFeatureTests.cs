using System.Text.Json;
using Alwrity.Domain.Analysis.VoiceMatch;

namespace Alwrity.Tests.Analysis.VoiceMatch;

/// <summary>The pieces under the distances: n-gram keys, feature weights and the stored profile.</summary>
public sealed class VoiceFeatureTests
{
    [Theory]
    [InlineData("th")]
    [InlineData(" of ")]
    [InlineData("tion ")]
    [InlineData("\u2014the")]
    [InlineData("\u00e9t\u00e9,")]
    public void N_gram_keys_turn_back_into_their_text(string text)
    {
        Assert.True(NGramKey.TryParse(text, out var key));
        Assert.Equal(text.Length, NGramKey.Order(key));
        Assert.Equal(text, NGramKey.ToText(key));
    }

    [Fact]
    public void N_grams_with_a_folded_char_are_counted_but_never_named()
    {
        Assert.False(NGramKey.TryParse("a\u4e2d", out _));
        Assert.False(NGramKey.TryParse("abcdef", out _));

        var counts = StyleScanner.Scan("中文 中文 中文");
        Assert.True(counts.NGramTotals[2] > 0);
        Assert.All(counts.NGrams.Entries(), e => Assert.Null(NGramKey.ToText(e.Key)));
    }

    [Fact]
    public void Counting_only_the_feature_n_grams_gives_the_same_rates_as_counting_all()
    {
        var norms = VoiceNormsStore.Default;
        var text = VoiceCorpora.Text("state_union", "1985-Reagan.txt");
        var index = NormsIndex.Of(norms);

        var all = index.NGramRates(StyleScanner.Scan(text));
        var features = index.NGramRates(StyleScanner.Scan([text], features: index.NGramFeatures));

        Assert.Equal(all, features);
        Assert.True(features.Count(r => r > 0) > 3000);
    }

    [Fact]
    public void A_feature_that_tells_authors_apart_outweighs_one_that_varies_only_within_authors()
    {
        // Two collections of two authors, four chunks each: "the" rates differ by author, "and" only by chunk.
        var chunks = new List<LabelledChunk>();
        foreach (var (collection, author, the) in new[] { ("a", "x", 10), ("a", "y", 40), ("b", "x", 12), ("b", "y", 38) })
        {
            for (var k = 0; k < 4; k++)
            {
                var text = string.Join(' ', Enumerable.Repeat("the", the + k).Concat(Enumerable.Repeat("and", 10 + (15 * (k % 2)))));
                chunks.Add(new LabelledChunk(collection + author, collection, StyleScanner.Scan(text)));
            }
        }

        var weights = new FeatureWeights(chunks);
        var separating = weights.Of(c => c.WordCountOf("the"));
        var noisy = weights.Of(c => c.WordCountOf("and"));

        Assert.InRange(separating, 0.9, 1);
        Assert.InRange(noisy, 0, 0.2);
    }

    [Fact]
    public void A_profile_stores_only_non_zero_rates_and_stays_small()
    {
        var profile = VoiceMatcher.BuildProfile(VoiceCorpora.Reference(VoiceCorpora.ByAuthor("state_union")["Bill Clinton"], 5000));
        var json = JsonSerializer.Serialize(profile, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal(VoiceProfile.CurrentFormatVersion, profile.FormatVersion);
        Assert.DoesNotContain(profile.WordRates.Values, r => r <= 0);
        Assert.DoesNotContain(profile.CharNGrams.Values, r => r <= 0);
        Assert.True(json.Length < 150_000, $"{json.Length} characters");
    }

    [Fact]
    public void A_profile_from_other_norms_leaves_its_unknown_features_out_instead_of_reading_them_as_zero()
    {
        var texts = VoiceCorpora.Reference(VoiceCorpora.ByAuthor("state_union")["Ronald Reagan"], 3000);
        var draft = TextChunker.Take(VoiceCorpora.Text("state_union", "1988-Reagan.txt"), 800);
        var profile = VoiceMatcher.BuildProfile(texts);
        var full = VoiceMatcher.Match(profile, draft);
        var withoutShortWords = profile with { WordRates = profile.WordRates.Where(w => w.Key.Length > 3).ToDictionary() };
        var withoutEveryOtherWord = profile with
        {
            WordRates = profile.WordRates.OrderBy(w => w.Key, StringComparer.Ordinal).Where((_, i) => i % 2 == 0).ToDictionary(),
        };

        foreach (var trimmed in new[] { withoutShortWords, withoutEveryOtherWord })
        {
            var asZero = VoiceMatcher.Match(trimmed, draft); // same norms: a missing word was never used
            var asUnknown = VoiceMatcher.Match(trimmed with { NormsId = "vn-older" }, draft);

            Assert.NotNull(asUnknown.Score);
            Assert.True(asUnknown.Components.CosineDelta < asZero.Components.CosineDelta, $"{asUnknown.Components.CosineDelta} vs {asZero.Components.CosineDelta}");
        }

        // Scores: a profile that lacks every other word reads as a different writer when the gaps are taken as
        // zeros. Without the short words the score drops either way (measured 67 left out, 73 as zeros, 81 full):
        // an unknown-norms profile also loses its zero rates, and the nuisance projection, which mixes every word
        // into every other, changes what each reading costs; so that case checks the word distance only.
        var zeroGaps = VoiceMatcher.Match(withoutEveryOtherWord, draft);
        var unknownGaps = VoiceMatcher.Match(withoutEveryOtherWord with { NormsId = "vn-older" }, draft);
        Assert.True(
            unknownGaps.Score > zeroGaps.Score && full.Score > zeroGaps.Score,
            $"{unknownGaps.Score} vs {zeroGaps.Score} (full {full.Score})");
    }
}

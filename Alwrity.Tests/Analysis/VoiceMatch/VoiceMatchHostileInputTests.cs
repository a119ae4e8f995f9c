using System.Diagnostics;
using System.Text;
using Alwrity.Domain.Analysis.VoiceMatch;

namespace Alwrity.Tests.Analysis.VoiceMatch;

public sealed class VoiceMatchHostileInputTests
{
    private static readonly VoiceProfile Reference = VoiceMatcher.BuildProfile(
        VoiceCorpora.Reference(VoiceCorpora.ByAuthor("state_union")["Ronald Reagan"], 3000));

    public static TheoryData<string, string> ShortInputs => new()
    {
        { "empty", "" },
        { "whitespace", " \t\r\n  \u00A0\u2003 " },
        { "one character", "a" },
        { "punctuation only", new string('!', 5000) + new string(';', 3000) },
        { "emoji only", string.Concat(Enumerable.Repeat("😀👍🏽👨‍👩‍👧🇬🇧", 500)) },
    };

    [Theory]
    [MemberData(nameof(ShortInputs))]
    public void Inputs_without_enough_words_are_insufficient_not_errors(string label, string text)
    {
        var asDraft = VoiceMatcher.Match(Reference, text);
        var asReference = VoiceMatcher.Match([text], text);

        Assert.True(asDraft.Verdict == VoiceVerdict.Insufficient, label);
        Assert.Null(asDraft.Score);
        Assert.Equal(VoiceVerdict.Insufficient, asReference.Verdict);
        Assert.NotEmpty(asDraft.Missing);
    }

    [Fact]
    public void Five_megabytes_of_text_get_a_bounded_score_quickly()
    {
        var draft = new StringBuilder();
        while (draft.Length < 5_000_000)
        {
            draft.Append(VoiceCorpora.Text("state_union", "1946-Truman.txt")).Append("\n\n");
        }

        var stopwatch = Stopwatch.StartNew();
        var result = VoiceMatcher.Match(Reference, draft.ToString());
        var profile = VoiceMatcher.BuildProfile([draft.ToString()]);

        AssertBounded(result);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        Assert.InRange(profile.Words, 100_000, 250_000); // read up to the size cap, not all five megabytes
    }

    [Fact]
    public void Random_unicode_and_binary_garbage_give_bounded_results()
    {
        var random = new Random(20240601);
        var unicode = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
        {
            unicode.Append(char.ConvertFromUtf32(random.Next(0, 4) == 0 ? random.Next(0x1F300, 0x1FAFF) : random.Next(0x20, 0xD7FF)));
            if (random.Next(6) == 0)
            {
                unicode.Append(' ');
            }
        }

        var bytes = new byte[300_000];
        random.NextBytes(bytes);
        var binary = Encoding.UTF8.GetString(bytes) + Encoding.Latin1.GetString(bytes);

        foreach (var text in new[] { unicode.ToString(), binary })
        {
            AssertBounded(VoiceMatcher.Match(Reference, text));
            AssertBounded(VoiceMatcher.Match([text], TextChunker.Take(VoiceCorpora.Text("state_union", "1985-Reagan.txt"), 500)));
        }
    }

    [Fact]
    public void A_single_ten_thousand_character_sentence_is_scored_and_explained()
    {
        var words = VoiceTexts.ExactWords(VoiceCorpora.Text("state_union", "1986-Reagan.txt"), 2500)
            .Replace(".", "", StringComparison.Ordinal);
        var sentence = words[..words.LastIndexOf(' ', 10_000)] + ".";

        var result = VoiceMatcher.Match(Reference, sentence);

        AssertBounded(result);
        Assert.Contains(result.Explanations, e => e.Contains("sentences", StringComparison.Ordinal));
    }

    private static void AssertBounded(VoiceMatchResult result)
    {
        Assert.True(result.Score is null or (>= 0 and <= 100));
        Assert.InRange(result.Confidence, 0, 1);
        Assert.True(result.Distance is null || double.IsFinite(result.Distance.Value));
        Assert.InRange(result.Explanations.Count, 1, 5);
        Assert.All(new[] { result.Components.CosineDelta, result.Components.CharNgram, result.Components.Punctuation },
            c => Assert.True(c is null || double.IsFinite(c.Value)));
    }
}

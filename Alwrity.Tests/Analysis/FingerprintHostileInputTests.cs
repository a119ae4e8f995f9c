using System.Text;
using System.Text.Json;
using Alwrity.Domain.Analysis;

namespace Alwrity.Tests.Analysis;

public class FingerprintHostileInputTests
{
    public static TheoryData<string> TinyInputs => new() { "", " ", "\n\n\t ", "a", ".", "🎉", "#", "https://x.io" };

    [Theory]
    [MemberData(nameof(TinyInputs))]
    public void Empty_and_tiny_input_gives_a_null_safe_insufficient_fingerprint(string text)
    {
        var fingerprint = FingerprintAnalyzer.Analyze(text);

        Assert.Equal("insufficient", fingerprint.Sufficiency.Level);
        Assert.True(fingerprint.WordCount <= 1);
        AssertSerialisableAndBounded(fingerprint);
    }

    [Fact]
    public void Empty_list_of_sources_is_insufficient()
    {
        var fingerprint = FingerprintAnalyzer.Analyze(Array.Empty<SourceText>());
        Assert.Equal(0, fingerprint.WordCount);
        Assert.Null(fingerprint.Readability.FleschReadingEase);
        Assert.Null(fingerprint.SentenceLength.Mean);
        AssertSerialisableAndBounded(fingerprint);
    }

    [Fact]
    public void Random_unicode_is_analysed_without_error()
    {
        var random = new Random(20261123);
        var builder = new StringBuilder();
        while (builder.Length < 200_000)
        {
            var codePoint = random.Next(0, 0x10FFFF);
            if (codePoint is < 0xD800 or > 0xDFFF)
            {
                builder.Append(char.ConvertFromUtf32(codePoint));
            }

            if (random.Next(8) == 0)
            {
                builder.Append(random.Next(4) == 0 ? ". " : " ");
            }
        }

        AssertSerialisableAndBounded(FingerprintAnalyzer.Analyze(builder.ToString()));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("latin1")]
    public void Binary_garbage_decoded_as_text_is_analysed_without_error(string encoding)
    {
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        var text = encoding == "latin1" ? Encoding.Latin1.GetString(bytes) : Encoding.UTF8.GetString(bytes);

        AssertSerialisableAndBounded(FingerprintAnalyzer.Analyze(text));
    }

    [Fact]
    public void A_single_ten_thousand_character_sentence_is_one_long_sentence()
    {
        var words = Enumerable.Range(0, 2500).Select(i => i % 7 == 0 ? "but" : i % 5 == 0 ? "great" : "word");
        var text = string.Join(' ', words);

        var fingerprint = FingerprintAnalyzer.Analyze(text);

        Assert.Equal(1, fingerprint.SentenceCount);
        Assert.Equal(2500, fingerprint.SentenceLength.Max);
        AssertSerialisableAndBounded(fingerprint);
    }

    [Fact]
    public void Five_megabytes_of_text_are_analysed()
    {
        const string paragraph = "We shipped the new release on Monday. Did anyone notice? It's faster — really faster! The docs were written by the team.\n\n";
        var text = new StringBuilder(5_100_000);
        while (text.Length < 5_000_000)
        {
            text.Append(paragraph);
        }

        var fingerprint = FingerprintAnalyzer.Analyze(text.ToString());

        Assert.Equal("strong", fingerprint.Sufficiency.Level);
        Assert.Equal(0.25, fingerprint.QuestionRate!.Value, 3);
        AssertSerialisableAndBounded(fingerprint);
    }

    internal static void AssertSerialisableAndBounded(Fingerprint fingerprint)
    {
        // System.Text.Json refuses NaN and infinity by default, so this fails on any undefined number that slipped through.
        var json = JsonSerializer.Serialize(fingerprint, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.StartsWith("{\"wordCount\":", json);
        foreach (var share in new[] { fingerprint.QuestionRate, fingerprint.ExclamationRate, fingerprint.PassiveVoiceRate,
                     fingerprint.LexicalDiversity.TypeTokenRatio, fingerprint.Sentiment.Positive, fingerprint.Sentiment.Neutral, fingerprint.Sentiment.Negative })
        {
            Assert.InRange(share ?? 0, 0, 1);
        }

        Assert.InRange(fingerprint.Sentiment.Compound ?? 0, -1, 1);
        Assert.InRange(fingerprint.Formality ?? 50, 0, 100);
        foreach (var evidence in fingerprint.Evidence)
        {
            Assert.InRange(evidence.Length, 1, 400);
        }
    }
}

using System.Text.Json;
using Alwrity.Domain.Analysis;
using Alwrity.Domain.Analysis.Sentiment;

namespace Alwrity.Tests.Analysis;

public class FingerprintAnalyzerTests
{
    private const string Post =
        "Last spring our team rewrote how we plan content. Why did nobody read our essays? I think they weren't honest. "
        + "We'd been hiding behind polish! The new guide was written by the whole team.\n\nHere is what we changed:\n"
        + "- We write the headline last.\n- Every post answers one question.\n\nTry it yourself — you'll like it.";

    [Fact]
    public void Sentence_counts_rates_and_types_reflect_the_text()
    {
        var fingerprint = FingerprintAnalyzer.Analyze(Post);

        Assert.Equal(9, fingerprint.SentenceCount);
        Assert.Equal(3, fingerprint.ParagraphCount);
        Assert.Equal(1.0 / 9, fingerprint.QuestionRate!.Value, 6);
        Assert.Equal(1.0 / 9, fingerprint.ExclamationRate!.Value, 6);
        Assert.Equal(1.0 / 9, fingerprint.SentenceTypes.Imperative!.Value, 6);
        Assert.Equal(1.0, fingerprint.SentenceTypes.Declarative!.Value + fingerprint.SentenceTypes.Interrogative!.Value
            + fingerprint.SentenceTypes.Exclamatory!.Value + fingerprint.SentenceTypes.Imperative!.Value, 9);
        Assert.Equal(2, fingerprint.RhetoricalDevices.ListItems);
        Assert.Equal(1, fingerprint.RhetoricalDevices.RhetoricalQuestions);
    }

    [Fact]
    public void Passive_voice_is_found_with_regular_and_irregular_participles_only_after_be()
    {
        Assert.Equal(1.0, FingerprintAnalyzer.Analyze("The report was written by the team. The bug is quickly fixed.").PassiveVoiceRate);
        Assert.Equal(0.0, FingerprintAnalyzer.Analyze("The team wrote the report. We fixed the bug quickly.").PassiveVoiceRate);
    }

    [Fact]
    public void Contractions_with_either_apostrophe_count_but_possessives_do_not()
    {
        var fingerprint = FingerprintAnalyzer.Analyze("I don’t know. We'll see. It's John's car and the dogs' toys.");
        Assert.Equal(3 * 100.0 / 12, fingerprint.ContractionRate!.Value, 6);
    }

    [Fact]
    public void Perspective_reports_pronoun_rates_and_the_dominant_person()
    {
        var fingerprint = FingerprintAnalyzer.Analyze("You can do it. Your team trusts you. I know it.");
        Assert.Equal("secondPerson", fingerprint.Perspective.Dominant);
        Assert.Equal(300.0 / 11, fingerprint.Perspective.SecondPerson!.Value, 6);
        Assert.Equal(100.0 / 11, fingerprint.Perspective.FirstPersonSingular!.Value, 6);
    }

    [Fact]
    public void Sentiment_of_a_single_sentence_is_the_vader_compound()
    {
        const string sentence = "VADER is VERY SMART, handsome, and FUNNY!!!";
        var fingerprint = FingerprintAnalyzer.Analyze(sentence);
        Assert.Equal(VaderSentiment.Score(sentence).Compound, fingerprint.Sentiment.Compound!.Value, 0.0001);
        Assert.Equal(0.0, fingerprint.Sentiment.Spread);
    }

    [Fact]
    public void Sentiment_spread_grows_when_sentences_disagree()
    {
        var calm = FingerprintAnalyzer.Analyze("The meeting is at noon. The room is on the second floor.");
        var mixed = FingerprintAnalyzer.Analyze("I love this wonderful team! This awful bug is a horrible disaster.");
        Assert.True(mixed.Sentiment.Spread > calm.Sentiment.Spread + 0.5);
    }

    [Fact]
    public void Punctuation_emoji_hashtags_mentions_and_urls_are_counted_per_thousand_words()
    {
        var fingerprint = FingerprintAnalyzer.Analyze("Big day; we launched — finally… 🎉🎉 Thanks @ana and #team! See https://a.io");
        var p = fingerprint.PunctuationPer1000;
        const double perWord = 1000.0 / 8; // Big day we launched finally Thanks and See
        Assert.Equal((perWord, perWord, perWord, 2 * perWord, perWord, perWord, perWord), (p.Semicolon!.Value, p.EmDash!.Value, p.Ellipsis!.Value, p.Emoji!.Value, p.Mention!.Value, p.Hashtag!.Value, p.Url!.Value));
        Assert.Equal(200.0 / 8, fingerprint.EmojiRate!.Value, 6);
    }

    [Fact]
    public void Formal_prose_scores_higher_formality_than_chatty_text()
    {
        var formal = FingerprintAnalyzer.Analyze("The implementation of the regulation requires the careful examination of the financial statements of the institution.");
        var chatty = FingerprintAnalyzer.Analyze("Oh wow, I really think you should just do it, you know, because it's so good and we love it!");
        Assert.True(formal.Formality > chatty.Formality + 20, $"{formal.Formality} vs {chatty.Formality}");
    }

    [Fact]
    public void Vocabulary_level_separates_plain_words_from_jargon()
    {
        var plain = FingerprintAnalyzer.Analyze("We met at the office and talked about the plan for next week. It was a good day for the team.");
        var jargon = FingerprintAnalyzer.Analyze("Mitochondrial haplogroups elucidate heteroplasmy; polymerase fidelity modulates phylogenetic divergence estimates.");
        Assert.Contains(plain.VocabularyLevel, new[] { "basic", "general" });
        Assert.Equal("specialist", jargon.VocabularyLevel);
    }

    [Fact]
    public void Concurrent_analyses_give_the_same_result_as_a_single_one()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var expected = JsonSerializer.Serialize(FingerprintAnalyzer.Analyze(Post), options);
        var results = new string[16];

        Parallel.For(0, results.Length, i => results[i] = JsonSerializer.Serialize(FingerprintAnalyzer.Analyze(Post), options));

        Assert.All(results, json => Assert.Equal(expected, json));
    }

    [Fact]
    public void Json_uses_the_contract_field_names()
    {
        var json = JsonSerializer.Serialize(FingerprintAnalyzer.Analyze(Post), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        foreach (var name in new[] { "wordCount", "sentenceCount", "paragraphCount", "sentenceLength", "sentenceTypes", "questionRate",
                     "exclamationRate", "passiveVoiceRate", "paragraphLength", "readability", "sentiment", "formality", "lexicalDiversity",
                     "averageWordLength", "vocabularyLevel", "contractionRate", "fillerWordRate", "perspective", "punctuationPer1000",
                     "rhetoricalDevices", "functionWords", "goToWords", "goToPhrases", "emojiRate", "hashtagRate", "mentionRate", "urlRate",
                     "evidence", "sufficiency" })
        {
            Assert.True(root.TryGetProperty(name, out _), name);
        }

        Assert.True(root.GetProperty("readability").TryGetProperty("automatedReadabilityIndex", out _));
        Assert.True(root.GetProperty("sentenceLength").TryGetProperty("p90", out _));
        Assert.True(root.GetProperty("lexicalDiversity").TryGetProperty("mtld", out _));
        Assert.True(root.GetProperty("punctuationPer1000").TryGetProperty("emDash", out _));
    }

    [Fact]
    public void Evidence_offsets_point_at_the_quoted_sentence_in_its_own_source()
    {
        SourceText[] sources =
        [
            new("post-1", "<p>Plain opener here.</p><p>Is this <b>working</b>?</p>"),
            new("post-2", "## Notes\n\nWe’re “close” — really close… Aren't we?\n- it was built by hand"),
        ];

        var fingerprint = FingerprintAnalyzer.Analyze(sources);

        Assert.NotEmpty(fingerprint.Evidence);
        foreach (var evidence in fingerprint.Evidence)
        {
            var source = sources.Single(s => s.Id == evidence.SourceId);
            Assert.Equal(evidence.Quote, source.Text.Substring(evidence.Start, evidence.Length));
        }

        var questions = fingerprint.Evidence.Where(e => e.Trait == "questions").Select(e => (e.SourceId, e.Quote)).ToList();
        Assert.Equal([("post-1", "Is this <b>working</b>?"), ("post-2", "Aren't we?")], questions);
        Assert.Contains(fingerprint.Evidence, e => e.Trait == "passiveVoice" && e.Quote == "it was built by hand");
    }
}

using System.Text.Json;
using Alwrity.Domain.Analysis.VoiceMatch;
using Xunit.Abstractions;

namespace Alwrity.Tests.Analysis.VoiceMatch;

public sealed class VoiceMatchRulesTests(ITestOutputHelper output)
{
    private static string AllReagan => string.Join("\n\n", VoiceCorpora.ByAuthor("state_union")["Ronald Reagan"].Take(4).Select(d => d.Text));

    private static string Reagan(string year) => VoiceCorpora.Text("state_union", $"{year}-Reagan.txt");

    private static string Truman(string year) => VoiceCorpora.Text("state_union", $"{year}-Truman.txt");

    [Fact]
    public void Reference_under_1000_words_is_insufficient_with_no_score()
    {
        var result = VoiceMatcher.Match([VoiceTexts.ExactWords(Reagan("1982"), 999)], VoiceTexts.ExactWords(Reagan("1983"), 400));

        Assert.Equal(VoiceVerdict.Insufficient, result.Verdict);
        Assert.Null(result.Score);
        Assert.Null(result.Distance);
        Assert.Equal(999, result.ReferenceWords);
        Assert.Equal(400, result.CandidateWords);
        Assert.Contains(result.Missing, m => m.Contains("1,000", StringComparison.Ordinal) && m.Contains("1 more", StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_under_150_words_is_insufficient_and_says_how_many_are_missing()
    {
        var result = VoiceMatcher.Match([VoiceTexts.ExactWords(Reagan("1982"), 3000)], VoiceTexts.ExactWords(Reagan("1983"), 149));

        Assert.Equal(VoiceVerdict.Insufficient, result.Verdict);
        Assert.Null(result.Score);
        Assert.Equal(149, result.CandidateWords);
        Assert.Equal(150, result.MinimumCandidateWords);
        Assert.Single(result.Missing);
        Assert.Contains("1 more", result.Missing[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_1000_reference_words_and_150_draft_words_get_a_score()
    {
        var result = VoiceMatcher.Match([VoiceTexts.ExactWords(Reagan("1982"), 1000)], VoiceTexts.ExactWords(Reagan("1983"), 150));

        Assert.Equal(1000, result.ReferenceWords);
        Assert.Equal(150, result.CandidateWords);
        Assert.NotNull(result.Score);
        Assert.InRange(result.Score!.Value, 0, 100);
        Assert.NotEqual(VoiceVerdict.Insufficient, result.Verdict);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void Confidence_grows_with_the_length_of_draft_and_reference()
    {
        var shortReference = VoiceMatcher.BuildProfile([VoiceTexts.ExactWords(Reagan("1982"), 1200)]);
        var longReference = VoiceMatcher.BuildProfile([VoiceTexts.ExactWords(AllReagan, 5000)]);
        var shortDraft = VoiceTexts.ExactWords(Reagan("1984"), 200);
        var longDraft = VoiceTexts.ExactWords(Reagan("1984"), 1500);

        var least = VoiceMatcher.Match(shortReference, shortDraft).Confidence;
        var longerDraft = VoiceMatcher.Match(shortReference, longDraft).Confidence;
        var longerReference = VoiceMatcher.Match(longReference, shortDraft).Confidence;
        var most = VoiceMatcher.Match(longReference, longDraft).Confidence;

        Assert.True(least < longerDraft && least < longerReference, $"{least} vs {longerDraft}, {longerReference}");
        Assert.True(most > longerDraft && most > longerReference, $"{most} vs {longerDraft}, {longerReference}");
        Assert.InRange(most, 0, 1);
    }

    [Fact]
    public void A_text_by_the_same_author_scores_higher_than_one_by_another_author()
    {
        var reagan = VoiceMatcher.BuildProfile(VoiceCorpora.Reference(
            VoiceCorpora.ByAuthor("state_union")["Ronald Reagan"].Where(d => !d.Name.StartsWith("1988", StringComparison.Ordinal)), 5000));
        var draftByReagan = TextChunker.Take(Reagan("1988"), 1000);
        var draftByTruman = TextChunker.Take(Truman("1950"), 1000);

        var same = VoiceMatcher.Match(reagan, draftByReagan);
        var different = VoiceMatcher.Match(reagan, draftByTruman);

        output.WriteLine($"Reagan {same.Score} ({same.Verdict}) vs Truman {different.Score} ({different.Verdict})");
        output.WriteLine(string.Join("\n", different.Explanations));
        Assert.True(same.Score > different.Score, $"Reagan {same.Score} vs Truman {different.Score}");
        Assert.True(same.Distance < different.Distance);
    }

    [Fact]
    public void A_draft_full_of_we_against_a_reference_full_of_I_is_explained_by_the_pronoun()
    {
        var reference = VoiceTexts.Singular(string.Join("\n\n", VoiceCorpora.Reference(
            VoiceCorpora.ByAuthor("state_union")["Bill Clinton"].Skip(1), 4000)));
        var draft = VoiceTexts.Plural(TextChunker.Take(VoiceCorpora.Text("state_union", "1994-Clinton.txt"), 800));

        var result = VoiceMatcher.Match([reference], draft);
        output.WriteLine(string.Join("\n", result.Explanations));

        Assert.InRange(result.Explanations.Count, 2, 5);
        Assert.Contains(result.Explanations, e => e.Contains("'we'", StringComparison.Ordinal) || e.Contains("'I'", StringComparison.Ordinal));
        Assert.Contains(result.Explanations, e => e.Any(char.IsDigit));
    }

    [Fact]
    public void Semicolon_habit_is_explained_with_rates_per_1000_words()
    {
        var reference = string.Join("\n\n", VoiceCorpora.Reference(VoiceCorpora.ByAuthor("state_union")["George W. Bush"], 4000))
            .Replace(";", ".", StringComparison.Ordinal);
        var draft = TextChunker.Take(VoiceCorpora.Text("federalist", "fed_10.txt"), 1000);

        var result = VoiceMatcher.Match([reference], draft);
        output.WriteLine(string.Join("\n", result.Explanations));

        Assert.Contains(result.Explanations, e => e.Contains("semicolons", StringComparison.Ordinal) && e.Contains("per 1,000 words", StringComparison.Ordinal));
    }

    [Fact]
    public void Result_serialises_with_the_contract_names_and_a_null_score_when_insufficient()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var scored = JsonDocument.Parse(JsonSerializer.Serialize(
            VoiceMatcher.Match([VoiceTexts.ExactWords(Reagan("1982"), 2000)], VoiceTexts.ExactWords(Reagan("1983"), 500)), options)).RootElement;
        var insufficient = JsonDocument.Parse(JsonSerializer.Serialize(VoiceMatcher.Match(["too short"], "also short"), options)).RootElement;

        foreach (var name in new[] { "score", "verdict", "confidence", "distance", "components", "explanations", "referenceWords", "candidateWords", "minimumReferenceWords", "minimumCandidateWords" })
        {
            Assert.True(scored.TryGetProperty(name, out _), name);
        }

        Assert.Equal(JsonValueKind.Number, scored.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Number, scored.GetProperty("components").GetProperty("cosineDelta").ValueKind);
        Assert.Equal(JsonValueKind.Number, scored.GetProperty("components").GetProperty("charNgram").ValueKind);
        Assert.Equal(JsonValueKind.Number, scored.GetProperty("components").GetProperty("punctuation").ValueKind);
        Assert.Equal(JsonValueKind.Null, insufficient.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, insufficient.GetProperty("distance").ValueKind);
        Assert.Equal("insufficient", insufficient.GetProperty("verdict").GetString());
    }

    [Fact]
    public void A_stored_profile_round_trips_through_json_and_matches_the_same()
    {
        var texts = new[] { TextChunker.Take(Reagan("1982"), 3000) };
        var draft = TextChunker.Take(Reagan("1985"), 600);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var stored = JsonSerializer.Deserialize<VoiceProfile>(JsonSerializer.Serialize(VoiceMatcher.BuildProfile(texts), options), options)!;

        var fromStored = VoiceMatcher.Match(stored, draft);
        var fromTexts = VoiceMatcher.Match(texts, draft);

        Assert.Equal(fromTexts.Score, fromStored.Score);
        Assert.Equal(fromTexts.Explanations, fromStored.Explanations);
    }
}

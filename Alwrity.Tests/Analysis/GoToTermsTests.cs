using System.Globalization;
using Alwrity.Domain.Analysis;
using Alwrity.Tests.TestSupport;

namespace Alwrity.Tests.Analysis;

public class GoToTermsTests
{
    private static readonly Lazy<Dictionary<string, List<SourceText>>> FederalistByAuthor = new(LoadFederalist);

    [Fact]
    public void An_overused_rare_word_becomes_the_top_go_to_word_and_the_never_does()
    {
        const string text = "The plan is simple. The team meets on the first day of the month and the work starts. "
            + "Our zephyr approach keeps the meetings short. A zephyr review follows the launch. "
            + "Everyone likes the zephyr rhythm because the zephyr mindset keeps the team calm. The end.";

        var fingerprint = FingerprintAnalyzer.Analyze(text);

        Assert.Equal("zephyr", fingerprint.GoToWords[0].Term);
        Assert.Equal(4, fingerprint.GoToWords[0].Count);
        Assert.DoesNotContain(fingerprint.GoToWords, w => w.Term == "the");
        Assert.Contains(fingerprint.Evidence, e => e.Trait == "goToWords" && e.Quote.Contains("zephyr", StringComparison.Ordinal));
    }

    [Fact]
    public void A_repeated_phrase_is_a_go_to_phrase_but_common_collocations_need_more_than_frequency()
    {
        const string sentence = "We want to move the needle this quarter. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 4)) + "The United States economy grew. The United States will grow.";

        var phrases = FingerprintAnalyzer.Analyze(text).GoToPhrases.Select(p => p.Term).ToList();

        Assert.Contains("move the needle", phrases);
        Assert.DoesNotContain("united states", phrases);
    }

    [Fact]
    public void Hamilton_uses_upon_far_more_than_madison_and_it_surfaces_as_his_go_to_word()
    {
        var hamilton = FingerprintAnalyzer.Analyze(FederalistByAuthor.Value["HAMILTON"]);
        var madison = FingerprintAnalyzer.Analyze(FederalistByAuthor.Value["MADISON"]);

        Assert.True(hamilton.FunctionWords["upon"] > 2.5, $"Hamilton upon = {hamilton.FunctionWords["upon"]}");
        Assert.True(madison.FunctionWords["upon"] < 0.5, $"Madison upon = {madison.FunctionWords["upon"]}");
        Assert.Contains(hamilton.GoToWords, w => w.Term == "upon");
        Assert.DoesNotContain(madison.GoToWords, w => w.Term == "upon");
        Assert.All(hamilton.GoToWords.Concat(madison.GoToWords), w => Assert.NotEqual("the", w.Term));
        Assert.Equal("strong", hamilton.Sufficiency.Level);
    }

    [Fact]
    public void Federalist_prose_reads_as_harder_and_more_formal_than_a_casual_post()
    {
        var madison = FingerprintAnalyzer.Analyze(FederalistByAuthor.Value["MADISON"]);
        var post = FingerprintAnalyzer.Analyze("Hey! I just tried it and honestly it's so easy. You'll love it, I promise. Go grab a coffee and give it a go!");

        Assert.True(madison.Readability.FleschKincaidGrade > post.Readability.FleschKincaidGrade + 5);
        Assert.True(madison.Formality > post.Formality + 10);
        Assert.True(madison.SentenceLength.Mean > 25, $"Madison mean sentence length {madison.SentenceLength.Mean}");
    }

    private static Dictionary<string, List<SourceText>> LoadFederalist()
    {
        var folder = SharedCorpora.Folder("federalist");
        return File.ReadLines(Path.Combine(folder, "authors.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Select(parts => (Author: parts[1], Paper: int.Parse(parts[0], CultureInfo.InvariantCulture)))
            .GroupBy(p => p.Author)
            .ToDictionary(
                g => g.Key,
                g => g.Select(p => new SourceText($"fed_{p.Paper:00}", File.ReadAllText(Path.Combine(folder, $"fed_{p.Paper:00}.txt")))).ToList());
    }
}

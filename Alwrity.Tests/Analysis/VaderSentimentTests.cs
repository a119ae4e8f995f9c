using Alwrity.Domain.Analysis.Sentiment;

namespace Alwrity.Tests.Analysis;

public class VaderSentimentTests
{
    // The example sentences and compound scores published in the VADER README (Hutto & Gilbert).
    [Theory]
    [InlineData("VADER is smart, handsome, and funny.", 0.8316)]
    [InlineData("VADER is smart, handsome, and funny!", 0.8439)]
    [InlineData("VADER is very smart, handsome, and funny.", 0.8545)]
    [InlineData("VADER is VERY SMART, handsome, and FUNNY.", 0.9227)]
    [InlineData("VADER is VERY SMART, handsome, and FUNNY!!!", 0.9342)]
    [InlineData("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!", 0.9469)]
    [InlineData("VADER is not smart, handsome, nor funny.", -0.7424)]
    [InlineData("The book was good.", 0.4404)]
    [InlineData("At least it isn't a horrible book.", 0.431)]
    [InlineData("The book was only kind of good.", 0.3832)]
    [InlineData("The plot was good, but the characters are uncompelling and the dialog is not great.", -0.7042)]
    [InlineData("Today SUX!", -0.5461)]
    [InlineData("Today only kinda sux! But I'll get by, lol", 0.5249)]
    [InlineData("Make sure you :) or :D today!", 0.8633)]
    [InlineData("Not bad at all", 0.431)]
    [InlineData("Catch utf-8 emoji such as 💘 and 💋 and 😁", 0.875)]
    public void Compound_scores_match_the_published_vader_examples(string sentence, double expected)
    {
        Assert.Equal(expected, VaderSentiment.Score(sentence).Compound, 0.01);
    }

    [Theory]
    [InlineData("Sentiment analysis has never been good.", -0.3412)]
    [InlineData("Sentiment analysis has never been this good!", 0.5672)]
    [InlineData("With VADER, sentiment analysis is the shit!", 0.6476)]
    [InlineData("On the other hand, VADER is quite bad ass", 0.802)]
    [InlineData("Without a doubt, excellent idea.", 0.7013)]
    [InlineData("Roger Dodger is one of the least compelling variations on this theme.", -0.1695)]
    [InlineData("Roger Dodger is at least compelling as a variation on the theme.", 0.2263)]
    public void Tricky_negation_idiom_and_least_cases_follow_the_reference(string sentence, double expected)
    {
        Assert.Equal(expected, VaderSentiment.Score(sentence).Compound, 0.0001);
    }

    [Fact]
    public void Proportions_add_up_to_one_and_match_the_reference()
    {
        var score = VaderSentiment.Score("VADER is smart, handsome, and funny.");
        Assert.Equal((0.746, 0.254, 0.0), (score.Positive, score.Neutral, score.Negative));
        Assert.Equal(1.0, score.Positive + score.Neutral + score.Negative, 0.002);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("The table has four legs.")]
    public void Neutral_or_empty_text_scores_zero_compound(string sentence)
    {
        Assert.Equal(0.0, VaderSentiment.Score(sentence).Compound);
    }

    [Fact]
    public void A_very_long_sentence_with_but_is_scored_without_blowing_up()
    {
        var sentence = string.Concat(Enumerable.Repeat("good bad great awful ", 2000)) + "but fine";
        var score = VaderSentiment.Score(sentence);
        Assert.InRange(score.Compound, -1.0, 1.0);
    }

    // Scores from VADER's own implementation (the vaderSentiment repository's current code) for posts whose edges
    // hold emoticons, emoji bursts or markdown; the fingerprint of one sentence must report VADER's compound for the
    // whole text.
    [Theory]
    [InlineData(">:( Not again", -0.5719)]
    [InlineData("See you soon :*", 0.5423)]
    [InlineData("🎉!!! We did it", 0.5538)]
    [InlineData("We did it 🎉!!!", 0.5538)]
    [InlineData("**Huge** thanks to the team!", 0.6696)]
    [InlineData("[-; sure thing", 0.4215)]
    [InlineData("\\o/ we won", 0.7845)]
    public void A_one_sentence_fingerprint_reports_vaders_compound_for_the_whole_post(string post, double expected)
    {
        var fingerprint = Alwrity.Domain.Analysis.FingerprintAnalyzer.Analyze(post);

        Assert.Equal(1, fingerprint.SentenceCount);
        Assert.Equal(expected, fingerprint.Sentiment.Compound!.Value, 0.0001);
        Assert.Equal(VaderSentiment.ScoreRaw(post).Compound, fingerprint.Sentiment.Compound!.Value, 1e-12);
    }
}

using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Tests.Analysis;

public class TextSegmenterTests
{
    private static List<string> Sentences(string text) =>
        TextSegmenter.Segment(text).Sentences.Select(s => text.Substring(s.Start, s.Length)).ToList();

    [Fact]
    public void Abbreviations_titles_and_initials_do_not_end_sentences()
    {
        Assert.Equal(
            ["Mr. Smith met Dr. J. Watson at 5 p.m. in the U.S. Capitol.", "They talked, e.g. about taxes, i.e. money."],
            Sentences("Mr. Smith met Dr. J. Watson at 5 p.m. in the U.S. Capitol. They talked, e.g. about taxes, i.e. money."));
    }

    [Fact]
    public void Short_lines_of_a_chat_log_or_lyrics_are_separate_units_but_wrapped_prose_is_not()
    {
        Assert.Equal(
            ["[09:14] maya: launch tmrw", "[09:15] dev: yep 10am", "(Chorus x2)", "La la la"],
            Sentences("[09:14] maya: launch tmrw\n[09:15] dev: yep 10am\n(Chorus x2)\nLa la la"));
        Assert.Equal(
            ["We shipped the new onboarding flow to every customer in\n2025 and it worked, mostly."],
            Sentences("We shipped the new onboarding flow to every customer in\n2025 and it worked, mostly."));
    }

    [Fact]
    public void An_emoji_burst_opening_a_paragraph_joins_the_sentence_after_it_instead_of_vanishing()
    {
        Assert.Equal(["🎉!!! We did it.", "Thanks all."], Sentences("🎉!!! We did it. Thanks all."));
        Assert.Equal(["Done. 🎉!!!", "Next."], Sentences("Done. 🎉!!! Next."));
    }

    [Fact]
    public void Marks_that_make_no_token_stay_inside_the_sentence_at_its_edges()
    {
        Assert.Equal([">:( Not again.", "**Huge** thanks to the team!", "See you soon :*"],
            Sentences(">:( Not again. **Huge** thanks to the team! See you soon :*"));
        Assert.Equal(["Read <b>this</b> now."], Sentences("Read <b>this</b> now."));
    }

    [Fact]
    public void Abbreviation_before_a_typical_sentence_opener_does_end_the_sentence()
    {
        Assert.Equal(["We sold apples, pears, etc.", "The rest rotted."], Sentences("We sold apples, pears, etc. The rest rotted."));
    }

    [Fact]
    public void Decimals_do_not_split_and_question_and_exclamation_marks_do()
    {
        Assert.Equal(["Pi is 3.14!", "Really?!", "Yes."], Sentences("Pi is 3.14! Really?! Yes."));
    }

    [Fact]
    public void Ellipsis_ends_a_sentence_only_before_a_fresh_start()
    {
        Assert.Equal(["I was thinking… maybe not.", "Then I left..."], Sentences("I was thinking… maybe not. Then I left..."));
    }

    [Fact]
    public void Closing_quotes_and_emoji_stay_with_their_sentence()
    {
        Assert.Equal(["She said “go now.”", "We launched! 🎉🚀", "Quoted “why?” she asked."],
            Sentences("She said “go now.” We launched! 🎉🚀 Quoted “why?” she asked."));
    }

    [Fact]
    public void Each_list_item_is_its_own_unit_and_headings_stand_alone()
    {
        const string text = "# Launch plan\n\nThree steps:\n- write the post\n- pick a time\n1. publish it\n2) measure\n✅ celebrate";
        var segmented = TextSegmenter.Segment(text);
        Assert.Equal(["Launch plan", "Three steps:", "write the post", "pick a time", "publish it", "measure", "✅ celebrate"],
            segmented.Sentences.Select(s => text.Substring(s.Start, s.Length)).ToList());
        Assert.True(segmented.Sentences[0].IsHeading);
        Assert.Equal(5, segmented.Sentences.Count(s => s.IsListItem));
    }

    [Fact]
    public void Blank_lines_separate_paragraphs_and_wrapped_lines_do_not()
    {
        const string text = "The first paragraph is long enough that it wraps onto a\nsecond line here. It has two sentences.\n\nSecond paragraph.";
        var segmented = TextSegmenter.Segment(text);
        Assert.Equal(2, segmented.Paragraphs.Count);
        Assert.Equal(2, segmented.Paragraphs[0].SentenceCount);
        Assert.Equal(3, segmented.Sentences.Count);
    }

    [Fact]
    public void Short_lines_of_a_post_are_separate_units()
    {
        Assert.Equal(["Big news", "We hit 10k followers", "Thank you all"], Sentences("Big news\nWe hit 10k followers\nThank you all"));
    }

    [Fact]
    public void Html_paragraphs_and_line_breaks_segment_the_text()
    {
        const string text = "<p>First part</p><p>Second part<br>third line</p>";
        var segmented = TextSegmenter.Segment(text);
        Assert.Equal(["First part", "Second part", "third line"], segmented.Sentences.Select(s => text.Substring(s.Start, s.Length)).ToList());
        Assert.Equal(2, segmented.Paragraphs.Count);
    }
}

using Alwrity.Domain.Analysis.VoiceMatch;

namespace Alwrity.Tests.Analysis.VoiceMatch;

public sealed class StyleScannerTests
{
    [Fact]
    public void Links_mentions_hashtags_and_emails_are_counted_but_are_not_words()
    {
        var counts = StyleScanner.Scan("Read https://example.com/a?b=1, ask @sam_lee or mail me@example.org #growth #AI (www.example.org).");

        Assert.Equal(2, counts.Punctuation[(int)PunctuationFeature.Url]);
        Assert.Equal(1, counts.Punctuation[(int)PunctuationFeature.Mention]);
        Assert.Equal(2, counts.Punctuation[(int)PunctuationFeature.Hashtag]);
        Assert.Equal(1, counts.Punctuation[(int)PunctuationFeature.Parenthesis]);
        Assert.Equal(["ask", "mail", "or", "read"], counts.Words.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Adjacent_function_words_are_counted_as_pairs_within_a_sentence_but_not_across_one()
    {
        var counts = StyleScanner.Scan("Most of the time it is. It is what it is, and THE END of it");

        Assert.Equal(1, counts.WordCountOf("of the"));
        Assert.Equal(3, counts.WordCountOf("it is"));
        Assert.Equal(0, counts.WordCountOf("is it")); // "is. It" spans a sentence end
        Assert.Equal(1, counts.WordCountOf("and the"));
        Assert.Equal(0, counts.WordCountOf("the end")); // "end" is not a function word
        Assert.Equal(0, counts.WordCountOf("of tax"));
    }

    [Fact]
    public void Emoji_sequences_count_once_each()
    {
        var counts = StyleScanner.Scan("Launch day 🚀 team 👨‍👩‍👧 thumbs 👍🏽 flag 🇬🇧 sun ☀️");

        Assert.Equal(5, counts.Punctuation[(int)PunctuationFeature.Emoji]);
        Assert.Equal(6, counts.WordCount);
    }

    [Fact]
    public void Contractions_stay_one_lower_case_word_and_curly_apostrophes_match_straight_ones()
    {
        var counts = StyleScanner.Scan("We don’t stop. We DON'T stop... I'm sure — really -- sure; 1,000 people: 10:30");

        Assert.Equal(2, counts.WordCountOf("don't"));
        Assert.Equal(2, counts.WordCountOf("we"));
        Assert.Equal(1, counts.WordCountOf("i'm"));
        Assert.Equal(1, counts.Punctuation[(int)PunctuationFeature.Ellipsis]);
        Assert.Equal(2, counts.Punctuation[(int)PunctuationFeature.EmDash]);
        Assert.Equal(1, counts.Punctuation[(int)PunctuationFeature.Semicolon]);
        Assert.Equal(0, counts.Punctuation[(int)PunctuationFeature.Comma]);
        Assert.Equal(1, counts.Punctuation[(int)PunctuationFeature.Colon]);
    }

    [Fact]
    public void Sentences_end_at_terminal_marks_but_not_at_titles_or_initials()
    {
        var counts = StyleScanner.Scan("Mr. Smith met J. Jones today. Was it good? Yes!\n\nA heading without a stop\n\nLast one.");

        Assert.Equal(5, counts.Sentences);
        Assert.Equal(counts.WordCount, counts.SentenceWordSum);
    }

    [Fact]
    public void Each_ideograph_counts_as_a_word()
    {
        Assert.Equal(4, StyleScanner.Scan("我们写作").WordCount);
    }
}

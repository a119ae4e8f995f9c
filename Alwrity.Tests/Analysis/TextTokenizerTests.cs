using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Tests.Analysis;

public class TextTokenizerTests
{
    private static List<(TokenKind Kind, string Text)> Tokens(string text) =>
        TextTokenizer.Tokenize(text).Select(t => (t.Kind, text.Substring(t.Start, t.Length))).ToList();

    private static List<string> OfKind(string text, TokenKind kind) =>
        Tokens(text).Where(t => t.Kind == kind).Select(t => t.Text).ToList();

    [Theory]
    [InlineData("Read https://example.com/a?b=1&c=(2) now.", "https://example.com/a?b=1&c=(2)")]
    [InlineData("See www.alwrity.com.", "www.alwrity.com")]
    [InlineData("Visit alwrity.io/pricing, then decide.", "alwrity.io/pricing")]
    [InlineData("(see https://x.org/page)", "https://x.org/page")]
    [InlineData("Go to example.com. It is fast.", "example.com")]
    public void Web_addresses_are_one_token_and_not_words(string text, string url)
    {
        Assert.Equal([url], OfKind(text, TokenKind.Url));
        Assert.DoesNotContain(OfKind(text, TokenKind.Word), w => url.Contains(w, StringComparison.Ordinal) && w.Length > 3 && w != "then");
    }

    [Fact]
    public void Email_addresses_mentions_and_hashtags_are_single_tokens()
    {
        const string text = "Mail jane.doe+news@mail.example.co.uk or ping @jane_doe about #ContentMarketing and #AI2025 in C# (not #1).";
        Assert.Equal(["jane.doe+news@mail.example.co.uk"], OfKind(text, TokenKind.Email));
        Assert.Equal(["@jane_doe"], OfKind(text, TokenKind.Mention));
        Assert.Equal(["#ContentMarketing", "#AI2025"], OfKind(text, TokenKind.Hashtag));
        Assert.DoesNotContain("jane", OfKind(text, TokenKind.Word));
    }

    [Fact]
    public void Numbers_keep_decimals_and_thousands_separators()
    {
        Assert.Equal(["3.14", "1,000", "2,500,000", "5th", "1990s"], OfKind("Pi is 3.14, not 1,000 or 2,500,000; the 5th in the 1990s.", TokenKind.Number));
    }

    [Fact]
    public void Emoji_with_skin_tone_zwj_sequences_flags_and_keycaps_count_once_each()
    {
        const string text = "Team 👩🏽‍💻 ships 👨‍👩‍👧‍👦 🇬🇧 1️⃣ ❤️ 👍🏿!";
        Assert.Equal(["👩🏽‍💻", "👨‍👩‍👧‍👦", "🇬🇧", "1️⃣", "❤️", "👍🏿"], OfKind(text, TokenKind.Emoji));
        Assert.Equal(["Team", "ships"], OfKind(text, TokenKind.Word));
    }

    [Fact]
    public void Contractions_with_straight_or_curly_apostrophes_are_one_word()
    {
        Assert.Equal(["I", "don’t", "think", "we'll", "ship", "the", "dogs'", "toys"], OfKind("I don’t think we'll ship the dogs' toys.", TokenKind.Word));
    }

    [Fact]
    public void Curly_quotes_dashes_and_ellipses_are_recognised()
    {
        var tokens = TextTokenizer.Tokenize("“Wait…” she said — twice – then... ‘ok’ -- fine");
        var marks = tokens.Where(t => t.Kind == TokenKind.Punctuation).Select(t => t.Punctuation).ToList();
        Assert.Equal(
            [PunctuationKind.DoubleQuote, PunctuationKind.Ellipsis, PunctuationKind.DoubleQuote, PunctuationKind.EmDash, PunctuationKind.EnDash,
             PunctuationKind.Ellipsis, PunctuationKind.OpenSingleQuote, PunctuationKind.CloseSingleQuote, PunctuationKind.EmDash],
            marks);
    }

    [Fact]
    public void Markdown_and_html_markup_is_not_read_as_words()
    {
        const string text = "## Big **news** for [our readers](https://a.io/x) <b>today</b> &amp; <i>tomorrow</i>&mdash;yes";
        Assert.Equal(["Big", "news", "for", "our", "readers", "today", "tomorrow", "yes"], OfKind(text, TokenKind.Word));
        Assert.Equal(["https://a.io/x"], OfKind(text, TokenKind.Url));
        Assert.Contains(TextTokenizer.Tokenize(text), t => t.Punctuation == PunctuationKind.EmDash);
    }

    [Fact]
    public void Styled_unicode_letters_and_combining_accents_stay_inside_one_word()
    {
        Assert.Equal(["𝐁𝐨𝐥𝐝", "cafe\u0301", "naïve"], OfKind("𝐁𝐨𝐥𝐝 cafe\u0301 naïve", TokenKind.Word));
    }

    [Fact]
    public void Token_offsets_point_into_the_original_text()
    {
        const string text = "<p>Hello&nbsp;world 👋🏼</p>";
        foreach (var token in TextTokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word))
        {
            Assert.True(char.IsLetter(text[token.Start]));
        }

        Assert.Equal(["Hello", "world"], OfKind(text, TokenKind.Word));
    }
}

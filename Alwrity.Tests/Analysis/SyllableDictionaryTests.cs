using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Tests.Analysis;

public class SyllableDictionaryTests
{
    [Fact]
    public void The_builder_keeps_only_plain_words_the_rules_miscount_with_the_first_pronunciations_count()
    {
        string[] dictionary =
        [
            ";;; a comment line of the old format",
            "ANY  EH1 N IY0",                  // old upper-case format; the rules count 1
            "table T EY1 B AH0 L",              // the rules already count 2: left out
            "ago AH0 G OW1 # a trailing comment",
            "ago(2) AA0 G OW1 W",               // alternates never count
            "don't D OW1 N T",                  // apostrophes stay with the rules
            "tv T IY1 V IY1",                   // shorter than three letters
            "our AW1 ER0",                      // the rules count 1
        ];

        var lines = SyllableDictionaryBuilder.Build(dictionary, "test").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(SyllableDictionaryBuilder.Header, lines[0]);
        Assert.StartsWith("#source\ttest: 4 plain words", lines[1], StringComparison.Ordinal);
        Assert.Equal(["ago\t2", "any\t2", "our\t2"], lines.Skip(2).ToArray());
    }

    [Fact]
    public void Every_committed_entry_corrects_the_rules()
    {
        Assert.True(SyllableDictionary.Words.Count > 5_000);
        foreach (var (word, syllables) in SyllableDictionary.Words)
        {
            Assert.NotEqual(Math.Max(1, SyllableRules.Count(word)), syllables);
            Assert.InRange(syllables, 1, 12);
        }

        Assert.Equal(2, SyllableDictionary.Words["beyond"]);
        Assert.False(SyllableDictionary.TryGet("table", out _)); // the rules get it right: no entry
    }
}

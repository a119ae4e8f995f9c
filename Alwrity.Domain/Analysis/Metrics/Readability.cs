using Alwrity.Domain.Analysis.Text;

namespace Alwrity.Domain.Analysis.Metrics;

/// <summary>The counts every readability formula is built from.</summary>
/// <param name="Words">Words and numbers (URLs, e-mails, mentions, hashtags and emoji are not words).</param>
/// <param name="Sentences">Sentence-like units (sentences, list items, headings).</param>
/// <param name="Syllables">Syllables over all words.</param>
/// <param name="ComplexWords">Gunning's complex words: 3+ syllables, not capitalised mid-sentence, not 3 only through -es/-ed/-ing.</param>
/// <param name="Polysyllables">Words of 3 or more syllables (SMOG).</param>
/// <param name="Letters">Letters and digits inside words (Coleman-Liau's letters and ARI's characters).</param>
public readonly record struct ReadabilityCounts(int Words, int Sentences, int Syllables, int ComplexWords, int Polysyllables, int Letters);

/// <summary>The six readability indices; null when the text has no words or no sentences.</summary>
public sealed record ReadabilityScores(
    double? FleschReadingEase,
    double? FleschKincaidGrade,
    double? GunningFog,
    double? Smog,
    double? ColemanLiau,
    double? AutomatedReadabilityIndex)
{
    /// <summary>Scores for text that cannot be scored.</summary>
    public static ReadabilityScores Undefined { get; } = new(null, null, null, null, null, null);
}

/// <summary>
/// Readability indices with their published constants and no intermediate rounding:
/// Flesch (1948), Kincaid et al. (1975), Gunning (1952), McLaughlin (1969), Coleman &amp; Liau (1975), Smith &amp; Senter (1967).
/// </summary>
public static class Readability
{
    /// <summary>206.835 − 1.015·W/S − 84.6·Sy/W.</summary>
    public static double FleschReadingEase(double words, double sentences, double syllables) =>
        206.835 - (1.015 * (words / sentences)) - (84.6 * (syllables / words));

    /// <summary>0.39·W/S + 11.8·Sy/W − 15.59.</summary>
    public static double FleschKincaidGrade(double words, double sentences, double syllables) =>
        (0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59;

    /// <summary>0.4·(W/S + 100·complex/W).</summary>
    public static double GunningFog(double words, double sentences, double complexWords) =>
        0.4 * ((words / sentences) + (100.0 * (complexWords / words)));

    /// <summary>1.0430·√(polysyllables·30/S) + 3.1291.</summary>
    public static double Smog(double polysyllables, double sentences) =>
        (1.0430 * Math.Sqrt(polysyllables * (30.0 / sentences))) + 3.1291;

    /// <summary>0.0588·L − 0.296·S − 15.8, with L letters and S sentences per 100 words.</summary>
    public static double ColemanLiau(double letters, double words, double sentences) =>
        (0.0588 * (letters / words * 100.0)) - (0.296 * (sentences / words * 100.0)) - 15.8;

    /// <summary>4.71·chars/W + 0.5·W/S − 21.43.</summary>
    public static double AutomatedReadabilityIndex(double characters, double words, double sentences) =>
        (4.71 * (characters / words)) + (0.5 * (words / sentences)) - 21.43;

    /// <summary>All six indices from counts; <see cref="ReadabilityScores.Undefined"/> when there are no words or sentences.</summary>
    public static ReadabilityScores Score(ReadabilityCounts c)
    {
        if (c.Words <= 0 || c.Sentences <= 0)
        {
            return ReadabilityScores.Undefined;
        }

        return new ReadabilityScores(
            FleschReadingEase(c.Words, c.Sentences, c.Syllables),
            FleschKincaidGrade(c.Words, c.Sentences, c.Syllables),
            GunningFog(c.Words, c.Sentences, c.ComplexWords),
            Smog(c.Polysyllables, c.Sentences),
            ColemanLiau(c.Letters, c.Words, c.Sentences),
            AutomatedReadabilityIndex(c.Letters, c.Words, c.Sentences));
    }

    /// <summary>Counts words, sentences, syllables and letters of <paramref name="text"/> with the shared tokenizer and segmenter.</summary>
    public static ReadabilityCounts Count(string? text)
    {
        var segmented = TextSegmenter.Segment(text);
        var counter = new ReadabilityCounter();
        foreach (var sentence in segmented.Sentences)
        {
            var first = true;
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var token = segmented.Tokens[i];
                if (token.IsWordLike)
                {
                    counter.AddWord(text.AsSpan(token.Start, token.Length), token, sentenceStart: first);
                    first = false;
                }
            }

            counter.AddSentence();
        }

        return counter.Counts;
    }
}

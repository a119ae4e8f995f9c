namespace Alwrity.Domain.Analysis.PlatformFit.AiTells;

/// <summary>
/// Flags a closing engagement question ("What do you think?", "Agree?", "Drop a comment below") as the last
/// sentence, ignoring trailing hashtags, emoji and spaces.
/// </summary>
internal static class ClosingQuestionDetector
{
    private const int LookBack = 400;

    public static void Detect(DraftFacts draft, AiTellCatalog catalog, List<PlatformFinding> findings)
    {
        var end = ContentEnd(draft);
        var start = LastSentenceStart(draft.MatchText, end);
        var sentence = draft.MatchText[start..end].Trim();
        if (sentence.Length == 0
            || DraftFacts.CountWords(sentence) > catalog.Thresholds.ClosingQuestionMaxWords
            || !catalog.ClosingQuestion.IsMatch(sentence))
        {
            return;
        }

        var offset = start + draft.MatchText.AsSpan(start, end - start).IndexOf(sentence[0]);
        findings.Add(new PlatformFinding(
            FindingSeverity.Info,
            FindingCodes.EngagementBaitQuestion,
            $"The post ends with \"{draft.Text.Substring(offset, sentence.Length)}\". A stock closing question on every post reads as engagement bait and is a common AI pattern.",
            "End on your point, or ask a specific question only this post could ask.")
        {
            Span = new TextSpan(offset, sentence.Length),
        });
    }

    /// <summary>End of the real content: before a trailing hashtag block, trailing emoji and white space.</summary>
    private static int ContentEnd(DraftFacts draft)
    {
        var end = HashtagBlockDetector.TrailingBlockStart(draft.Text, draft.Entities.Hashtags);
        var emoji = draft.Emoji;
        var k = emoji.Count - 1;
        while (true)
        {
            while (end > 0 && char.IsWhiteSpace(draft.Text[end - 1]))
            {
                end--;
            }

            while (k >= 0 && emoji[k].Start >= end)
            {
                k--;
            }

            if (k < 0 || emoji[k].End != end)
            {
                return end;
            }

            end = emoji[k].Start;
        }
    }

    /// <summary>Start of the sentence that ends at <paramref name="end"/> (after the previous . ! ? or line break).</summary>
    private static int LastSentenceStart(string text, int end)
    {
        var i = end - 1;
        while (i >= 0 && text[i] is '?' or '!' or '.')
        {
            i--;
        }

        var stop = Math.Max(0, end - LookBack);
        while (i >= stop && text[i] is not ('.' or '!' or '?' or '\n'))
        {
            i--;
        }

        return Math.Max(i + 1, stop);
    }
}

using System.Text.RegularExpressions;
using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Domain.Analysis.PlatformFit.AiTells;

/// <summary>Runs every AI-tell check (phrases, dashes, emoji walls, hashtag blocks, closing question) on a draft.</summary>
internal static class AiTellDetector
{
    public static void Detect(DraftFacts draft, PlatformRules rules, List<PlatformFinding> findings)
    {
        var catalog = AiTellCatalog.Default;
        var thresholds = catalog.Thresholds;
        DashTellDetector.Detect(draft, thresholds, findings);
        EmojiTellDetector.Detect(draft, thresholds, findings);
        var blockMinimum = Math.Max(thresholds.HashtagBlockMin, (rules.Hashtags.RecommendedMax ?? 0) + 1);
        HashtagBlockDetector.Detect(draft, blockMinimum, findings);
        try
        {
            PhraseTellDetector.Detect(draft, catalog, findings);
            ClosingQuestionDetector.Detect(draft, catalog, findings);
        }
        catch (RegexMatchTimeoutException)
        {
            findings.Add(new PlatformFinding(
                FindingSeverity.Info,
                FindingCodes.AiTellCheckIncomplete,
                "The text is too large to finish the AI-phrase check in time; some phrases may not be reported.",
                "Check a shorter part of the text."));
        }
    }
}

using Alwrity.Domain.Analysis.PlatformFit.AiTells;
using Alwrity.Domain.Platforms.Counting;
using Alwrity.Domain.Platforms.Rules;
using Alwrity.Domain.Platforms.Text;

namespace Alwrity.Domain.Analysis.PlatformFit;

/// <summary>
/// Checks a draft against one platform: length with the platform's counting rule, the text before "see more",
/// hashtag / mention / link counts against the platform's norms, and known AI tells. Stateless and thread-safe;
/// linear in the text length. Never throws for any text; throws <see cref="UnknownPlatformException"/> for an
/// unknown platform.
/// </summary>
public sealed class PlatformFitChecker
{
    private readonly PlatformRulesCatalog _catalog;

    /// <summary>A checker on the embedded platform rules.</summary>
    public PlatformFitChecker()
        : this(PlatformRulesCatalog.Default)
    {
    }

    public PlatformFitChecker(PlatformRulesCatalog catalog) => _catalog = catalog;

    /// <summary>Checks <paramref name="text"/> for <paramref name="platform"/> (a key or alias such as "twitter").</summary>
    public PlatformFitReport Check(string platform, string? text) => Check(platform, text, PlatformFitOptions.Default);

    /// <summary>Checks with options: a limit override (Mastodon instance, X Premium), a content warning.</summary>
    public PlatformFitReport Check(string platform, string? text, PlatformFitOptions options)
    {
        var rules = _catalog.Get(platform);
        options ??= PlatformFitOptions.Default;
        var limit = options.LimitOverride is > 0 ? options.LimitOverride.Value : rules.HardLimit;
        var safe = UnicodeText.ReplaceLoneSurrogates(text ?? string.Empty);
        if (string.IsNullOrWhiteSpace(safe))
        {
            return EmptyReport(rules, limit, safe, options);
        }

        var count = PlatformLengthCounter.Count(rules.CountingRule, safe, options.ContentWarning);
        var draft = DraftFacts.From(safe);
        var fold = FoldView.For(safe, rules.Fold);
        var findings = new List<PlatformFinding>();
        LimitChecks.Add(rules, count, limit, findings);
        fold.AddFindings(safe, rules, findings);
        NormChecks.Add(rules, draft.Entities, findings);
        MarkupChecks.Add(rules.PlatformName, draft, findings);
        if (options.CheckAiTells)
        {
            AiTellDetector.Detect(draft, rules, findings);
        }

        return BuildReport(rules, limit, count, fold, draft, findings);
    }

    private static PlatformFitReport BuildReport(
        PlatformRules rules, int limit, LengthCount count, FoldView fold, DraftFacts draft, List<PlatformFinding> findings)
    {
        var whole = draft.Text.Trim();
        return new PlatformFitReport
        {
            Platform = rules.Key,
            DisplayName = rules.DisplayName,
            Length = count.Length,
            Limit = limit,
            CountingRule = count.CountingRule,
            WithinLimit = count.Length <= limit && (rules.ByteLimit is not { } bytes || count.Utf8Bytes <= bytes),
            FoldText = fold.Mobile?.Text ?? whole,
            DesktopFoldText = fold.Desktop?.Text ?? whole,
            HasFold = rules.Fold is not null,
            CutOnMobile = fold.Mobile?.IsCut ?? false,
            CutOnDesktop = fold.Desktop?.IsCut ?? false,
            Findings = [.. findings.OrderByDescending(f => f.Severity)],
            Remaining = limit - count.Length,
            VisibleLength = count.VisibleLength,
            ApiLength = count.Length,
            Utf8Bytes = count.Utf8Bytes,
            ByteLimit = rules.ByteLimit,
            HashtagCount = draft.Entities.Hashtags.Count,
            MentionCount = draft.Entities.Mentions.Count,
            LinkCount = draft.Entities.Links.Count,
            EmojiCount = draft.Emoji.Count,
            WordCount = draft.WordCount,
            Rules = rules,
        };
    }

    private static PlatformFitReport EmptyReport(PlatformRules rules, int limit, string text, PlatformFitOptions options)
    {
        var count = PlatformLengthCounter.Count(rules.CountingRule, text, options.ContentWarning);
        var finding = new PlatformFinding(
            FindingSeverity.Warning,
            FindingCodes.EmptyText,
            "There is no text to check yet.",
            "Write or paste the draft first.");
        return new PlatformFitReport
        {
            Platform = rules.Key,
            DisplayName = rules.DisplayName,
            Length = count.Length,
            Limit = limit,
            CountingRule = rules.CountingRule,
            WithinLimit = count.Length <= limit,
            FoldText = string.Empty,
            HasFold = rules.Fold is not null,
            Findings = [finding],
            Remaining = limit - count.Length,
            VisibleLength = count.VisibleLength,
            ApiLength = count.Length,
            Utf8Bytes = count.Utf8Bytes,
            ByteLimit = rules.ByteLimit,
            Rules = rules,
        };
    }
}

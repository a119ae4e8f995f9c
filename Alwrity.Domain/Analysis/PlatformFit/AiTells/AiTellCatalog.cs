using System.Text.Json;
using System.Text.RegularExpressions;

namespace Alwrity.Domain.Analysis.PlatformFit.AiTells;

/// <summary>One phrase tell: a compiled pattern and what to say when it matches.</summary>
internal sealed record PhraseTell(string Id, Regex Pattern, FindingSeverity Severity, string Why, string Hint);

/// <summary>Numbers that decide when a style pattern (dashes, emoji, hashtags, closing question) counts as a tell.</summary>
internal sealed record AiTellThresholds(
    int EmDashMinCount,
    double EmDashPer100Words,
    int EmojiRun,
    int EmojiLinesMin,
    double EmojiLinesShare,
    int HashtagBlockMin,
    int ClosingQuestionMaxWords);

/// <summary>
/// The AI-tell data (embedded <c>ai-tells.json</c>), loaded and compiled once. Patterns run with
/// <see cref="RegexOptions.NonBacktracking"/> (linear time), case-insensitive, and a timeout as a second guard
/// (<see cref="LinearPatterns"/>).
/// </summary>
internal sealed class AiTellCatalog
{
    private const string ResourceName = "Alwrity.Domain.Analysis.PlatformFit.AiTells.ai-tells.json";
    private static readonly Lazy<AiTellCatalog> DefaultCatalog = new(Load);

    private AiTellCatalog(string source, DateOnly lastChecked, IReadOnlyList<PhraseTell> phrases, AiTellThresholds thresholds, Regex closingQuestion)
    {
        Source = source;
        LastChecked = lastChecked;
        Phrases = phrases;
        Thresholds = thresholds;
        ClosingQuestion = closingQuestion;
    }

    public static AiTellCatalog Default => DefaultCatalog.Value;

    public string Source { get; }

    public DateOnly LastChecked { get; }

    public IReadOnlyList<PhraseTell> Phrases { get; }

    public AiTellThresholds Thresholds { get; }

    /// <summary>Matches a whole closing sentence that asks for engagement ("What do you think?").</summary>
    public Regex ClosingQuestion { get; }

    private static AiTellCatalog Load()
    {
        using var stream = typeof(AiTellCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize<TellFile>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException("The AI-tell file is empty.");
        var phrases = file.Phrases
            .Select(p => new PhraseTell(p.Id, Compile(p.Pattern), ParseSeverity(p.Severity), p.Why, p.Hint))
            .ToList();
        return new AiTellCatalog(file.Source, file.LastChecked, phrases, file.Thresholds, Compile(file.ClosingQuestions));
    }

    private static Regex Compile(string pattern) => LinearPatterns.Compile(pattern, RegexOptions.IgnoreCase);

    private static FindingSeverity ParseSeverity(string severity) => severity switch
    {
        "error" => FindingSeverity.Error,
        "warning" => FindingSeverity.Warning,
        "info" => FindingSeverity.Info,
        _ => throw new InvalidDataException($"Unknown severity \"{severity}\" in the AI-tell file."),
    };

    private sealed record TellFile(
        string Source,
        DateOnly LastChecked,
        AiTellThresholds Thresholds,
        IReadOnlyList<PhraseEntry> Phrases,
        string ClosingQuestions);

    private sealed record PhraseEntry(string Id, string Pattern, string Severity, string Why, string Hint);
}

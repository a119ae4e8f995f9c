using System.Globalization;
using System.Text;
using System.Text.Json;
using Alwrity.Domain.Ai.Prompts;
using Alwrity.Domain.Personas.Model;
using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Domain.Personas.Generation.Model;

/// <summary>
/// Renders measurements, evidence, samples and rules as compact prompt text. Numbers are rounded for reading;
/// user text is always fenced as data.
/// </summary>
internal static class PromptFacts
{
    public const int MaxSampleWords = 1200;

    public static string Measurements(VoiceMeasurements m) => string.Create(CultureInfo.InvariantCulture,
        $"words={m.Words}; sentence words median={m.MedianSentenceLength:0.#} p10={m.P10SentenceLength:0} p90={m.P90SentenceLength:0}; " +
        $"flesch={m.FleschReadingEase:0}; grade={m.GradeLevel:0.#}; formality={m.Formality:0}; sentiment mean={m.SentimentMean:+0.00;-0.00} spread={m.SentimentSpread:0.00}; " +
        $"questions={m.QuestionShare:P0} of sentences; passive={m.PassiveShare:P0}; per 100 words: I={m.FirstSingularPer100:0.0} we={m.FirstPluralPer100:0.0} you={m.SecondPersonPer100:0.0} they={m.ThirdPersonPer100:0.0} contractions={m.ContractionsPer100:0.0}; " +
        $"per 1000 words: !={m.ExclamationsPer1000:0.0} em-dash={m.EmDashesPer1000:0.0} ellipsis={m.EllipsesPer1000:0.0} semicolon={m.SemicolonsPer1000:0.0} emoji={m.EmojiPer1000:0.0} hashtags={m.HashtagsPer1000:0.0}; " +
        $"vocabulary={m.VocabularyLevel}; go-to words={string.Join(", ", m.GoToWords.Take(8))}; go-to phrases={string.Join(", ", m.GoToPhrases.Take(5))}");

    public static string Evidence(IReadOnlyList<TraitEvidence> evidence) =>
        PromptData.Delimit("evidence", string.Join("\n", evidence.Take(10).Select(e => $"[{e.Trait}] {e.Quote}")));

    /// <summary>Excerpts of every source, sharing a word budget, each fenced with its title.</summary>
    public static string Samples(MeasuredInput input)
    {
        var budget = Math.Max(80, MaxSampleWords / Math.Max(1, input.Sources.Count));
        var builder = new StringBuilder();
        foreach (var source in input.Sources.Take(12))
        {
            var words = source.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var excerpt = string.Join(' ', words.Take(budget));
            builder.AppendLine(PromptData.Delimit(source.Title, excerpt));
        }

        return builder.ToString();
    }

    public static string Profile(CorePersona core) => string.Create(CultureInfo.InvariantCulture,
        $"industry={core.Industry ?? "-"}; audience={core.Audience ?? "-"}; goals={core.Goals ?? "-"}; brand values={string.Join(", ", core.BrandValues)}; never use={string.Join(", ", core.AvoidWords)}");

    /// <summary>The core persona as the stable system-prompt prefix platform calls share (no fingerprint dump).</summary>
    public static string CoreSummary(CorePersona core) => JsonSerializer.Serialize(new
    {
        core.Identity.PersonaName,
        core.Identity.Archetype,
        core.Identity.CoreBelief,
        core.Identity.BrandVoiceDescription,
        core.TonalRange.DefaultTone,
        core.TonalRange.PermissibleTones,
        core.TonalRange.ForbiddenTones,
        core.StylisticConstraints.Do,
        core.StylisticConstraints.Dont,
        core.Audience,
        core.Industry,
    }, JsonSerializerOptions.Web);

    public static string Rules(PlatformRules rules) => string.Create(CultureInfo.InvariantCulture,
        $"limit {rules.HardLimit} characters ({rules.CountingRule}); mobile fold {rules.Fold?.Mobile.ToString(CultureInfo.InvariantCulture) ?? "none"}; " +
        $"hashtags {rules.Hashtags.RecommendedMin?.ToString(CultureInfo.InvariantCulture) ?? "0"}–{rules.Hashtags.RecommendedMax?.ToString(CultureInfo.InvariantCulture) ?? "any"}; source: {rules.Source}, checked {rules.LastChecked:yyyy-MM-dd}");
}

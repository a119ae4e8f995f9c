using System.Text.Json.Nodes;
using Alwrity.Domain.Errors;

namespace Alwrity.Domain.Personas.Store;

/// <summary>Turns a <see cref="NewPersonaVersion"/> into the rows the writer stores.</summary>
internal static class PersonaVersionRows
{
    public const string OverriddenValuesKey = "overriddenValues";
    private const int NameLimit = 200;
    private const int SummaryLimit = 1000;

    public static void Check(NewPersonaVersion input)
    {
        if (string.IsNullOrWhiteSpace(input.UserId))
        {
            throw new InputValidationException("userId", "A persona needs an owner.");
        }

        if (!VersionReasons.IsKnown(input.Reason))
        {
            throw new InputValidationException("reason", $"'{input.Reason}' is not a reason for a version (generated, edited, optimized, restored).");
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            throw new InputValidationException("name", "A persona needs a name.");
        }

        foreach (var platform in input.PlatformPersonas.Keys)
        {
            if (!PlatformKeys.IsValid(platform))
            {
                throw new InputValidationException("platformPersonas", $"'{platform}' is not a platform key (lower-case letters and digits).");
            }
        }
    }

    public static void UpdateHead(WritingPersona head, NewPersonaVersion input, int number, DateTime now)
    {
        head.Name = Clip(input.Name.Trim(), NameLimit)!;
        head.Archetype = Clip(input.Archetype?.Trim(), NameLimit);
        head.CurrentVersion = number;
        head.CorePersonaJson = input.CorePersona.ToJsonString();
        head.WordsAnalysed = input.Metrics.WordsAnalysed;
        head.MeanSentenceLength = input.Metrics.MeanSentenceLength;
        head.FleschReadingEase = input.Metrics.FleschReadingEase;
        head.Formality = input.Metrics.Formality;
        head.SentimentCompound = input.Metrics.SentimentCompound;
        head.OverallQuality = input.Metrics.OverallQuality ?? input.Validation.Overall;
        head.UpdatedUtc = now;
    }

    public static PersonaVersion Version(Guid personaId, int number, NewPersonaVersion input, DateTime now)
    {
        var version = new PersonaVersion
        {
            PersonaId = personaId,
            Number = number,
            Reason = input.Reason,
            Summary = Clip(input.Summary, SummaryLimit),
            CorePersonaJson = input.CorePersona.ToJsonString(),
            OverridesJson = input.Overrides.ToJsonString(),
            InputsJson = Inputs(input).ToJsonString(),
            CreatedByUserId = input.UserId,
            CreatedUtc = now,
            AnalysisResult = Analysis(input.Analysis, now),
            ValidationResult = Validation(input.Validation, now),
        };
        foreach (var (platform, document) in input.PlatformPersonas)
        {
            version.PlatformPersonas.Add(new PlatformPersona
            {
                PersonaId = personaId, Platform = platform, DataJson = document.ToJsonString(), CreatedUtc = now,
            });
        }

        return version;
    }

    private static JsonObject Inputs(NewPersonaVersion input)
    {
        var inputs = (JsonObject)input.Inputs.DeepClone();
        if (input.OverriddenValues is { Count: > 0 } replaced)
        {
            inputs[OverriddenValuesKey] = replaced.DeepClone();
        }

        return inputs;
    }

    private static PersonaAnalysisResult Analysis(AnalysisDetails a, DateTime now) => new()
    {
        Provider = a.Provider,
        Model = a.Model,
        PromptVersion = a.PromptVersion,
        PromptHash = a.PromptHash,
        PromptTokens = a.PromptTokens,
        CompletionTokens = a.CompletionTokens,
        CachedTokens = a.CachedTokens,
        LatencyMs = a.LatencyMs,
        Outcome = a.Outcome,
        FallbackReason = a.FallbackReason,
        CallsJson = a.Calls?.ToJsonString() ?? "[]",
        InputsSummaryJson = a.InputsSummary?.ToJsonString() ?? "{}",
        CreatedUtc = now,
    };

    private static PersonaValidationResult Validation(ValidationScores v, DateTime now) => new()
    {
        Overall = v.Overall,
        DataSufficiency = v.DataSufficiency,
        Completeness = v.Completeness,
        EvidenceCoverage = v.EvidenceCoverage,
        Agreement = v.Agreement,
        PlatformCompliance = v.PlatformCompliance,
        BreakdownJson = v.Breakdown?.ToJsonString() ?? "{}",
        RecommendationsJson = v.Recommendations?.ToJsonString() ?? "[]",
        CreatedUtc = now,
    };

    private static string? Clip(string? text, int limit) => text is null || text.Length <= limit ? text : text[..limit];
}

/// <summary>Platform keys are lower-case ASCII letters and digits ("linkedin", "x").</summary>
public static class PlatformKeys
{
    public static bool IsValid(string key) =>
        key.Length is > 0 and <= 40 && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}

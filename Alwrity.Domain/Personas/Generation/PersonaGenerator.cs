using System.Diagnostics;
using Alwrity.Domain.Ai;
using Alwrity.Domain.Analysis.VoiceMatch;
using Alwrity.Domain.Personas.Generation.Local;
using Alwrity.Domain.Personas.Generation.Model;
using Alwrity.Domain.Personas.Jobs;
using Alwrity.Domain.Personas.Model;
using Alwrity.Domain.Personas.Scoring;
using Alwrity.Domain.Platforms;
using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Domain.Personas.Generation;

/// <summary>
/// Collect → Measure → Core persona → Platform adaptations (concurrently) → Validate. Pure of storage:
/// it returns a <see cref="GeneratedPersona"/>; the job pipeline stores it.
/// </summary>
public sealed class PersonaGenerator(
    SourceCollector collector,
    IVoiceAnalyzer analyzer,
    LocalCorePersonaEngine localEngine,
    ModelPersonaWriter modelWriter,
    IAiProviderResolver providers,
    PlatformStrategies strategies,
    PlatformRulesCatalog rules,
    PersonaScorer scorer)
{
    public async Task<GeneratedPersona> GenerateAsync(string userId, GeneratePersonaRequest request, IJobReporter reporter, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await reporter.ReportAsync(JobStages.Collecting, null, cancellationToken);
        var collected = await collector.CollectAsync(request, cancellationToken);

        await reporter.ReportAsync(JobStages.Measuring, null, cancellationToken);
        var input = Measure(collected.Texts, request);
        var profile = VoiceMatcher.BuildProfile(collected.Texts.Select(t => t.Text).ToList());

        await reporter.ReportAsync(JobStages.CorePersona, null, cancellationToken);
        var ai = await providers.ResolveAsync(userId, request.Engine, cancellationToken);
        var calls = new List<ModelCallRecord>();
        var fallbacks = new List<string>();
        var core = localEngine.Build(input);
        if (!ai.IsLocal)
        {
            var written = await modelWriter.WriteCoreAsync(input, core, ai, cancellationToken);
            ThrowIfChosenModelFailed(request, ai, written.Call!);
            core = written.Value;
            calls.Add(written.Call!);
            AddIf(fallbacks, written.FallbackReason);
        }

        await reporter.ReportAsync(JobStages.Platforms, null, cancellationToken);
        var platforms = await AdaptAllAsync(request.Platforms ?? [], core, input.Measurements, ai, calls, fallbacks, cancellationToken);

        await reporter.ReportAsync(JobStages.Validating, null, cancellationToken);
        var quality = scorer.Score(core, input.Measurements, platforms);
        var outcome = ai.IsLocal ? "local" : fallbacks.Count == 0 ? "succeeded" : calls.Any(c => c.Outcome != ModelOutcomes.Failed) ? "partial-fallback" : "fell-back";
        var audit = new GenerationAudit(ai.Provider, ai.Model, outcome, Join(fallbacks, ai.Notice), calls, clock.ElapsedMilliseconds);
        return new GeneratedPersona(core, platforms, quality, input.Measurements, profile, audit, collected.Texts, collected.Problems);
    }

    /// <summary>The Measure stage on its own.</summary>
    public MeasuredInput Measure(IReadOnlyList<Onboarding.CollectedText> texts, GeneratePersonaRequest request) =>
        new(texts, analyzer.Analyze(texts), request.Profile ?? Onboarding.ProfileAnswers.Empty);

    private async Task<Dictionary<string, PlatformPersonaDocument>> AdaptAllAsync(
        IReadOnlyList<string> keys, CorePersona core, VoiceMeasurements m, AiProviderSelection ai,
        List<ModelCallRecord> calls, List<string> fallbacks, CancellationToken cancellationToken)
    {
        var tasks = keys.Select(async key =>
        {
            var strategy = strategies.Get(key);
            var local = strategy.Adapt(core, rules.Get(key));
            return ai.IsLocal ? new ModelPersonaWriter.Outcome<PlatformPersonaDocument>(local, null, null)
                : await modelWriter.AdaptAsync(strategy, core, m, local, ai, cancellationToken);
        }).ToList();
        var results = await Task.WhenAll(tasks);
        foreach (var result in results)
        {
            if (result.Call is not null)
            {
                calls.Add(result.Call);
            }

            AddIf(fallbacks, result.FallbackReason);
        }

        return results.ToDictionary(r => r.Value.Platform, r => r.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// With "auto" a failed model call falls back to the local engine; a model the person chose must not be replaced
    /// silently, so the generation stops with the provider's reason and they can decide (e.g. continue locally).
    /// </summary>
    private static void ThrowIfChosenModelFailed(GeneratePersonaRequest request, AiProviderSelection ai, ModelCallRecord call)
    {
        var engine = AiEngines.Normalize(request.Engine);
        if (call.Outcome == ModelOutcomes.Failed && engine is AiEngines.Server or AiEngines.UserKey)
        {
            var who = engine == AiEngines.UserKey ? $"{ai.Provider} with your key" : $"The server's model ({ai.Provider} {ai.Model})";
            throw new Errors.InputValidationException("engine",
                $"{who} could not write your persona: {call.Error?.TrimEnd('.')}. Continue with the local engine, or fix the problem and try again.");
        }
    }

    private static void AddIf(List<string> list, string? item)
    {
        if (!string.IsNullOrWhiteSpace(item))
        {
            list.Add(item);
        }
    }

    private static string? Join(List<string> fallbacks, string? notice)
    {
        var all = fallbacks.Concat(string.IsNullOrWhiteSpace(notice) ? [] : [notice]).ToList();
        return all.Count == 0 ? null : string.Join(" ", all);
    }
}

using Alwrity.Domain.Ai;
using Alwrity.Domain.Ai.Prompts;
using Alwrity.Domain.Personas.Model;
using Alwrity.Domain.Personas.Scoring;
using Alwrity.Domain.Platforms;

namespace Alwrity.Domain.Personas.Generation.Model;

/// <summary>
/// The model engine: asks the configured model for the qualitative fields, grounded on measurements and
/// evidence, validates them (including agreement with the measurements), and falls back to the local result
/// with the reason when the model fails. Platform calls share one system prompt, so providers can cache it.
/// </summary>
public sealed class ModelPersonaWriter(IStructuredModel model, PromptLibrary prompts)
{
    public sealed record Outcome<T>(T Value, ModelCallRecord? Call, string? FallbackReason);

    public async Task<Outcome<CorePersona>> WriteCoreAsync(MeasuredInput input, CorePersona local, AiProviderSelection ai, CancellationToken cancellationToken)
    {
        var task = prompts.Get("core-persona");
        var request = new ModelRequest
        {
            SystemPrompt = SystemPrompt(input.Measurements, local),
            UserPrompt = task.Render(new Dictionary<string, string>
            {
                ["profile"] = PromptFacts.Profile(local),
                ["evidence"] = PromptFacts.Evidence(local.Evidence),
                ["samples"] = PromptFacts.Samples(input),
            }),
            PromptVersion = task.Id,
            Credentials = ai.Credentials,
        };
        var result = await model.GenerateAsync<CorePersonaDraft>(request, d => Problems(d, input.Measurements), cancellationToken);
        if (result.Value is not { } draft)
        {
            return new(local, result.Call, $"The model's answer could not be used ({result.FailureReason}); the local engine's persona was kept.");
        }

        var core = local with
        {
            Identity = local.Identity with
            {
                PersonaName = draft.PersonaName.Trim(),
                Archetype = draft.Archetype.Trim(),
                CoreBelief = draft.CoreBelief.Trim(),
                BrandVoiceDescription = draft.BrandVoiceDescription.Trim(),
                Source = "model",
            },
            TonalRange = local.TonalRange with
            {
                DefaultTone = draft.DefaultTone.Trim(),
                PermissibleTones = Clean(draft.PermissibleTones),
                ForbiddenTones = Clean(draft.ForbiddenTones),
                EmotionalRange = draft.EmotionalRange.Trim(),
            },
            StylisticConstraints = local.StylisticConstraints with { Do = Clean(draft.Do), Dont = MergeDonts(draft.Dont, local) },
        };
        return new(core, result.Call, null);
    }

    public async Task<Outcome<PlatformPersonaDocument>> AdaptAsync(
        IPlatformStrategy strategy, CorePersona core, VoiceMeasurements m, PlatformPersonaDocument local, AiProviderSelection ai, CancellationToken cancellationToken)
    {
        var task = prompts.Get(strategy.PromptName);
        var request = new ModelRequest
        {
            SystemPrompt = SystemPrompt(m, core),
            UserPrompt = task.Render(new Dictionary<string, string> { ["rules"] = PromptFacts.Rules(local.Rules) }),
            PromptVersion = task.Id,
            Credentials = ai.Credentials,
        };
        var result = await model.GenerateAsync<PlatformDraft>(request, PlatformProblems, cancellationToken);
        return result.Value is { } draft
            ? new(strategy.Merge(local, draft), result.Call, null)
            : new(local, result.Call, $"{strategy.Key}: the model's answer could not be used ({result.FailureReason}); the rule-based adaptation was kept.");
    }

    /// <summary>The shared prefix: instructions, measurements, then the core persona.</summary>
    private string SystemPrompt(VoiceMeasurements m, CorePersona core) => prompts.Get("persona-system").Render(new Dictionary<string, string>
    {
        ["measurements"] = PromptFacts.Measurements(m),
        ["core"] = PromptFacts.CoreSummary(core),
    });

    private static List<string> Problems(CorePersonaDraft draft, VoiceMeasurements m)
    {
        var problems = new List<string>();
        if (draft.PermissibleTones.Count == 0 || draft.Do.Count == 0 || draft.Dont.Count == 0)
        {
            problems.Add("permissibleTones, do and dont must each have at least one item.");
        }

        if (draft.PersonaName.Length > 80 || draft.BrandVoiceDescription.Length > 800)
        {
            problems.Add("personaName must be under 80 characters and brandVoiceDescription under 800.");
        }

        var text = string.Join(" ", new[] { draft.BrandVoiceDescription, draft.DefaultTone, draft.EmotionalRange }.Concat(draft.Do));
        problems.AddRange(AgreementRules.Contradictions(text, m).Select(c => $"{c} Describe what was measured instead."));
        return problems;
    }

    private static List<string> PlatformProblems(PlatformDraft draft) =>
        draft.Guidance.Count == 0 ? ["guidance must list at least one rule."] : [];

    private static List<string> Clean(IReadOnlyList<string> items) =>
        items.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(8).ToList();

    /// <summary>The user's words to avoid always stay in the don't list, whatever the model wrote.</summary>
    private static List<string> MergeDonts(IReadOnlyList<string> model, CorePersona local) =>
        Clean([.. model, .. local.StylisticConstraints.Dont.Where(d => d.StartsWith("Never use:", StringComparison.Ordinal))]);
}

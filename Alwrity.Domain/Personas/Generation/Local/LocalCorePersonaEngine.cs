using Alwrity.Domain.Personas.Model;

namespace Alwrity.Domain.Personas.Generation.Local;

/// <summary>
/// The offline engine: a complete core persona from measurements and profile answers, by rules.
/// Every qualitative field is labelled "derived" and explains its basis.
/// </summary>
public sealed class LocalCorePersonaEngine
{
    public CorePersona Build(MeasuredInput input)
    {
        var m = input.Measurements;
        var evidence = EvidenceRules.From(input);
        var sufficiency = SufficiencyRules.Assess(input);
        return new CorePersona
        {
            Identity = IdentityRules.Derive(m, input.Profile),
            LinguisticFingerprint = input.Voice.Fingerprint,
            Measurements = m,
            TonalRange = ToneRules.Derive(m, input.Profile),
            StylisticConstraints = StyleRules.Derive(m, input.Profile),
            Evidence = evidence,
            DataSufficiency = sufficiency,
            Confidence = Confidence(sufficiency, evidence),
            AvoidWords = input.Profile.AvoidWords,
            BrandValues = input.Profile.BrandValues,
            Industry = input.Profile.Industry?.Trim(),
            Audience = input.Profile.Audience?.Trim(),
            Goals = input.Profile.Goals?.Trim(),
        };
    }

    /// <summary>0–1 from text volume (60%), source variety (20%) and how many traits have evidence (20%).</summary>
    public static double Confidence(DataSufficiency sufficiency, IReadOnlyList<TraitEvidence> evidence)
    {
        var volume = SufficiencyRules.Score(sufficiency.WordsAnalysed) / 100.0;
        var variety = Math.Min(1.0, sufficiency.Samples / 5.0);
        var traits = Math.Min(1.0, evidence.Select(e => e.Trait).Distinct(StringComparer.Ordinal).Count() / 8.0);
        return Math.Round((0.6 * volume) + (0.2 * variety) + (0.2 * traits), 3);
    }
}

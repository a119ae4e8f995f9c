using System.Globalization;
using Alwrity.Domain.Personas.Generation.Local;
using Alwrity.Domain.Personas.Model;
using Alwrity.Domain.Platforms;

namespace Alwrity.Domain.Personas.Scoring;

/// <summary>
/// Scores a persona from what it contains, never from a model grading itself: text volume against the
/// stylometry guidance, schema completeness, evidence coverage, agreement of descriptions with measurements,
/// and platform-rule compliance. Weights: 30/15/20/15/20.
/// </summary>
public sealed class PersonaScorer(PlatformStrategies strategies)
{
    private static readonly string[] KeyTraits = ["sentence", "perspective", "punctuation", "tone", "readability", "contraction", "question", "word"];

    public QualityReport Score(CorePersona core, VoiceMeasurements m, IReadOnlyDictionary<string, PlatformPersonaDocument> platforms)
    {
        var sufficiency = SufficiencyRules.Score(core.DataSufficiency.WordsAnalysed);
        var (completeness, missingFields) = Completeness(core, platforms);
        var covered = KeyTraits.Where(t => core.Evidence.Any(e => e.Trait.Contains(t, StringComparison.OrdinalIgnoreCase))).ToList();
        var evidence = 100.0 * covered.Count / KeyTraits.Length;
        var contradictions = AgreementRules.Contradictions(AgreementRules.DescriptiveText(core), m);
        var agreement = Math.Max(0, 100 - (34 * contradictions.Count));
        var findings = platforms.Values.SelectMany(p => strategies.Get(p.Platform).Validate(p, core).Select(f => (p.Platform, f))).ToList();
        var compliance = platforms.Count == 0 ? 100 : Math.Max(0, 100 - findings.Sum(x => x.f.Severity switch { "error" => 25, "warning" => 8, _ => 2 }) / (double)platforms.Count);

        var parts = new List<QualityPart>
        {
            new("dataSufficiency", 0.30, Round(sufficiency), F($"{core.DataSufficiency.WordsAnalysed:N0} words from {core.DataSufficiency.Samples} source(s); 2,500 is good, 5,000 best.")),
            new("completeness", 0.15, Round(completeness), missingFields.Count == 0 ? "Every field of the persona is filled." : $"Empty: {string.Join(", ", missingFields)}."),
            new("evidenceCoverage", 0.20, Round(evidence), $"Evidence for {covered.Count} of {KeyTraits.Length} key traits ({string.Join(", ", covered)})."),
            new("agreement", 0.15, Round(agreement), contradictions.Count == 0 ? "Descriptions agree with the measurements." : string.Join(" ", contradictions)),
            new("platformCompliance", 0.20, Round(compliance), findings.Count == 0 ? "No findings against platform rules." : $"{findings.Count} finding(s) across {platforms.Count} platform(s)."),
        };
        return new QualityReport
        {
            DataSufficiency = parts[0].Score,
            Completeness = parts[1].Score,
            EvidenceCoverage = parts[2].Score,
            Agreement = parts[3].Score,
            PlatformCompliance = parts[4].Score,
            Overall = Round(parts.Sum(p => p.Weight * p.Score)),
            Breakdown = parts,
            Contradictions = contradictions,
            Recommendations = Recommendations(core, missingFields, KeyTraits.Except(covered).ToList(), contradictions, findings),
        };
    }

    private static (double Score, List<string> Missing) Completeness(CorePersona core, IReadOnlyDictionary<string, PlatformPersonaDocument> platforms)
    {
        var fields = new (string Name, bool Filled)[]
        {
            ("persona name", !string.IsNullOrWhiteSpace(core.Identity.PersonaName)),
            ("archetype", !string.IsNullOrWhiteSpace(core.Identity.Archetype)),
            ("core belief", !string.IsNullOrWhiteSpace(core.Identity.CoreBelief)),
            ("voice description", !string.IsNullOrWhiteSpace(core.Identity.BrandVoiceDescription)),
            ("default tone", !string.IsNullOrWhiteSpace(core.TonalRange.DefaultTone)),
            ("permissible tones", core.TonalRange.PermissibleTones.Count > 0),
            ("forbidden tones", core.TonalRange.ForbiddenTones.Count > 0),
            ("do rules", core.StylisticConstraints.Do.Count > 0),
            ("don't rules", core.StylisticConstraints.Dont.Count > 0),
            ("audience", !string.IsNullOrWhiteSpace(core.Audience)),
            ("industry", !string.IsNullOrWhiteSpace(core.Industry)),
            ("platform adaptations", platforms.Count > 0),
        };
        var missing = fields.Where(f => !f.Filled).Select(f => f.Name).ToList();
        return (100.0 * (fields.Length - missing.Count) / fields.Length, missing);
    }

    private static List<string> Recommendations(CorePersona core, List<string> missing, List<string> uncovered,
        IReadOnlyList<string> contradictions, List<(string Platform, PersonaFinding Finding)> findings)
    {
        var list = new List<string>(core.DataSufficiency.Missing);
        if (missing.Contains("audience") || missing.Contains("industry"))
        {
            list.Add("Tell Alwrity your industry and audience so the identity and platform advice can be specific.");
        }

        if (uncovered.Count > 0)
        {
            list.Add($"No example sentences yet for: {string.Join(", ", uncovered)}. More varied samples will fill these in.");
        }

        list.AddRange(contradictions.Select(c => $"Fix the description: {c}"));
        list.AddRange(findings.Where(f => f.Finding.Severity != "info").Select(f => $"{f.Platform}: {f.Finding.Hint}"));
        return list.Distinct().Take(10).ToList();
    }

    private static double Round(double value) => Math.Round(value, 1);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

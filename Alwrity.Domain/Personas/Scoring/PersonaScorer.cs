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
    public QualityReport Score(CorePersona core, VoiceMeasurements m, IReadOnlyDictionary<string, PlatformPersonaDocument> platforms)
    {
        var sufficiency = SufficiencyRules.Score(core.DataSufficiency.WordsAnalysed);
        var (completeness, missingFields) = Completeness(core, platforms);
        var claimed = ClaimedTraits(m);
        var covered = claimed.Where(t => core.Evidence.Any(e => t.Split('|').Contains(e.Trait, StringComparer.OrdinalIgnoreCase))).ToList();
        var evidence = claimed.Count == 0 ? 0 : 100.0 * covered.Count / claimed.Count;
        var contradictions = AgreementRules.Contradictions(AgreementRules.DescriptiveText(core), m);
        var agreement = Math.Max(0, 100 - (34 * contradictions.Count));
        var findings = platforms.Values.SelectMany(p => strategies.Get(p.Platform).Validate(p, core).Select(f => (p.Platform, f))).ToList();
        var compliance = platforms.Count == 0 ? 100 : Math.Max(0, 100 - (findings.Sum(x => x.f.Penalty) / (double)platforms.Count));

        var parts = new List<QualityPart>
        {
            new("dataSufficiency", 0.30, Round(sufficiency), F($"{core.DataSufficiency.WordsAnalysed:N0} words from {core.DataSufficiency.Samples} source(s); 2,500 is good, 5,000 best.")),
            new("completeness", 0.15, Round(completeness), missingFields.Count == 0 ? "Every field of the persona is filled." : $"Empty: {string.Join(", ", missingFields)}."),
            new("evidenceCoverage", 0.20, Round(evidence), $"Example sentences for {covered.Count} of the {claimed.Count} traits this persona claims ({string.Join(", ", covered.Select(Label))})."),
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
            Recommendations = Recommendations(core, missingFields, claimed.Except(covered).Select(Label).ToList(), contradictions, findings),
        };
    }

    /// <summary>
    /// The traits the persona asserts, by the analyzer's evidence names: always sentence length, perspective, tone and
    /// go-to words; a habit (em dashes, questions…) only when it is measured at least "sometimes".
    /// </summary>
    private static List<string> ClaimedTraits(VoiceMeasurements m)
    {
        var traits = new List<string> { "sentenceLength", "perspective", "positiveSentiment|negativeSentiment" };
        void When(bool condition, string trait)
        {
            if (condition)
            {
                traits.Add(trait);
            }
        }

        When(m.GoToWords.Count > 0, "goToWords");
        When(m.GoToPhrases.Count > 0, "goToPhrases");
        When(m.QuestionMarksPer1000 >= 1.5, "questions");
        When(m.ExclamationsPer1000 >= 1.5, "exclamations");
        When(m.EmDashesPer1000 >= 1.5, "emDash");
        When(m.SemicolonsPer1000 >= 1.5, "semicolon");
        When(m.EllipsesPer1000 >= 1.5, "ellipsis");
        When(m.EmojiPer1000 >= 1.5, "emoji");
        When(m.ContractionsPer100 >= 0.3, "contractions");
        When(m.ListItemsPer1000 >= 3, "lists");
        return traits;
    }

    private static string Label(string trait) => trait.Split('|')[0] switch
    {
        "sentenceLength" => "sentence length",
        "positiveSentiment" => "tone",
        "goToWords" => "go-to words",
        "goToPhrases" => "go-to phrases",
        "emDash" => "em dashes",
        var other => other,
    };

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

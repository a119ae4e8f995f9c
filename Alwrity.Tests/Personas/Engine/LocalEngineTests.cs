using Alwrity.Domain.Personas.Generation.Local;
using Alwrity.Domain.Personas.Scoring;
using Alwrity.Domain.Platforms;
using Alwrity.Domain.Platforms.Facebook;
using Alwrity.Domain.Platforms.LinkedIn;
using Alwrity.Domain.Platforms.Rules;

namespace Alwrity.Tests.Personas.Engine;

public sealed class LocalEngineTests
{
    private readonly LocalCorePersonaEngine engine = new();

    [Fact]
    public void Short_sentences_and_contractions_make_a_plain_spoken_straight_talker_named_for_the_industry()
    {
        var core = engine.Build(Voices.Input(Voices.PlainSpoken()));

        Assert.Equal("The Straight Talker", core.Identity.Archetype);
        Assert.Equal("The Plain-Spoken Saas Straight Talker", core.Identity.PersonaName);
        Assert.Equal("derived", core.Identity.Source);
        Assert.Contains(core.Identity.Basis, b => b.Contains("short sentences", StringComparison.Ordinal));
        Assert.Contains("median 9 words", core.Identity.BrandVoiceDescription);
        Assert.Contains("founders", core.Identity.CoreBelief, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Long_formal_prose_gets_a_formal_archetype_and_rules_against_contractions()
    {
        var core = engine.Build(Voices.Input(Voices.Formal()));

        Assert.Contains(core.Identity.Archetype, new[] { "The Analyst", "The Scholar" });
        Assert.Contains("formal", core.TonalRange.DefaultTone);
        Assert.Contains(core.StylisticConstraints.Dont, d => d.Contains("contractions", StringComparison.Ordinal));
        Assert.Equal("often", core.StylisticConstraints.Punctuation.Semicolons);
        Assert.Equal("never", core.StylisticConstraints.Punctuation.Exclamation);
    }

    [Fact]
    public void Do_and_dont_rules_follow_the_measured_rates_and_the_users_words_to_avoid()
    {
        var core = engine.Build(Voices.Input(Voices.PlainSpoken()));

        Assert.Contains(core.StylisticConstraints.Dont, d => d.Contains("em dashes", StringComparison.Ordinal));
        Assert.Contains(core.StylisticConstraints.Dont, d => d.Contains("synergy", StringComparison.Ordinal));
        Assert.Contains(core.StylisticConstraints.Do, d => d.Contains("between 4 and 16 words", StringComparison.Ordinal));
        Assert.Contains(core.StylisticConstraints.Do, d => d.Contains("questions", StringComparison.Ordinal));
    }

    [Fact]
    public void Sufficiency_and_confidence_grow_with_the_amount_of_text()
    {
        var small = engine.Build(Voices.Input(Voices.PlainSpoken(words: 800), sources: 1));
        var large = engine.Build(Voices.Input(Voices.PlainSpoken(words: 6000), sources: 5));

        Assert.Equal("minimal", small.DataSufficiency.Level);
        Assert.Equal("best", large.DataSufficiency.Level);
        Assert.True(large.Confidence > small.Confidence + 0.3, $"{small.Confidence} vs {large.Confidence}");
        Assert.Contains(small.DataSufficiency.Missing, m => m.Contains("1,700 more words", StringComparison.Ordinal));
    }

    [Fact]
    public void A_description_that_contradicts_the_measurements_is_flagged_with_the_figure()
    {
        var contradictions = AgreementRules.Contradictions("Short, punchy sentences and a casual, emoji-friendly style.", Voices.Formal());

        Assert.Contains(contradictions, c => c.Contains("median is 28 words", StringComparison.Ordinal));
        Assert.Contains(contradictions, c => c.Contains("emoji", StringComparison.Ordinal));
        Assert.Empty(AgreementRules.Contradictions("Short, punchy sentences.", Voices.PlainSpoken()));
    }

    [Fact]
    public void Quality_scores_differ_with_the_input_and_explain_themselves()
    {
        var scorer = new PersonaScorer(Strategies());
        var thin = engine.Build(Voices.Input(Voices.PlainSpoken(words: 700), sources: 1));
        var rich = engine.Build(Voices.Input(Voices.Formal(words: 5200), sources: 6));
        var contradicted = rich with { Identity = rich.Identity with { BrandVoiceDescription = "Short punchy sentences with lots of emoji." } };

        var a = scorer.Score(thin, thin.Measurements, Adapt(thin));
        var b = scorer.Score(rich, rich.Measurements, Adapt(rich));
        var c = scorer.Score(contradicted, contradicted.Measurements, Adapt(contradicted));

        Assert.True(b.Overall > a.Overall, $"{a.Overall} vs {b.Overall}");
        Assert.True(c.Agreement < b.Agreement);
        Assert.Contains(c.Recommendations, r => r.StartsWith("Fix the description", StringComparison.Ordinal));
        Assert.Equal(5, b.Breakdown.Count);
        Assert.NotEqual(a.DataSufficiency, b.DataSufficiency);
    }

    [Fact]
    public void The_linkedin_adaptation_respects_the_fold_hashtag_norm_and_the_writers_sentence_length()
    {
        var core = engine.Build(Voices.Input(Voices.Formal()));
        var linkedin = new LinkedInStrategy(TimeProvider.System).Adapt(core, PlatformRulesCatalog.Default.Get("linkedin"));

        Assert.Contains("140", linkedin.Adaptation.HookStyle);
        Assert.Contains("3–5", linkedin.Adaptation.HashtagStrategy);
        Assert.InRange(linkedin.Adaptation.TargetSentenceLength.Max, 20, 40);
        Assert.Equal(3000, linkedin.Adaptation.TargetLength.HardLimit);
        Assert.DoesNotContain(new LinkedInStrategy(TimeProvider.System).Validate(linkedin, core), f => f.Severity == "error");
    }

    [Fact]
    public void The_facebook_adaptation_is_short_and_asks_for_one_or_two_hashtags()
    {
        var core = engine.Build(Voices.Input(Voices.PlainSpoken()));
        var facebook = new FacebookStrategy(TimeProvider.System).Adapt(core, PlatformRulesCatalog.Default.Get("facebook"));

        Assert.Contains("1–2", facebook.Adaptation.HashtagStrategy);
        Assert.True(facebook.Adaptation.TargetLength.Max <= 400);
        Assert.NotEmpty(facebook.Specifics["conversationStarters"]!.AsArray());
    }

    [Fact]
    public void A_model_draft_changes_the_wording_but_never_the_measured_bands()
    {
        var core = engine.Build(Voices.Input(Voices.PlainSpoken()));
        var strategy = new LinkedInStrategy(TimeProvider.System);
        var local = strategy.Adapt(core, PlatformRulesCatalog.Default.Get("linkedin"));
        var draft = new PlatformDraft
        {
            HookStyle = "Start with the number that surprised you, under 140 characters.",
            CtaStyle = "Ask peers for their numbers.",
            ParagraphStructure = "Two-line paragraphs.",
            HashtagStrategy = "3 specific hashtags at the end.",
            EmojiPolicy = "None.",
            Guidance = ["One idea per post."],
            Angles = ["Shipping with small teams"],
        };

        var merged = strategy.Merge(local, draft);

        Assert.Equal("model", merged.Source);
        Assert.Equal(draft.HookStyle, merged.Adaptation.HookStyle);
        Assert.Equal(local.Adaptation.TargetSentenceLength, merged.Adaptation.TargetSentenceLength);
        Assert.Equal(local.Adaptation.TargetLength, merged.Adaptation.TargetLength);
        Assert.Equal("Shipping with small teams", merged.Specifics["thoughtLeadershipAngles"]![0]!.GetValue<string>());
    }

    private static PlatformStrategies Strategies() =>
        new([new LinkedInStrategy(TimeProvider.System), new FacebookStrategy(TimeProvider.System)]);

    private static Dictionary<string, Domain.Personas.Model.PlatformPersonaDocument> Adapt(Domain.Personas.Model.CorePersona core) => new()
    {
        ["linkedin"] = new LinkedInStrategy(TimeProvider.System).Adapt(core, PlatformRulesCatalog.Default.Get("linkedin")),
        ["facebook"] = new FacebookStrategy(TimeProvider.System).Adapt(core, PlatformRulesCatalog.Default.Get("facebook")),
    };
}

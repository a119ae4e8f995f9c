using System.Text.Json.Nodes;
using Alwrity.Domain.Personas.Store;

namespace Alwrity.Tests.Personas.Store;

public sealed class PersonaOverridesTests
{
    [Fact]
    public void Overrides_are_reapplied_onto_a_regenerated_persona_and_report_the_generated_values_they_replace()
    {
        var regenerated = PersonaSamples.Core("The Generated Name");
        var platforms = new Dictionary<string, JsonObject> { ["linkedin"] = PersonaSamples.LinkedIn("Generated hook") };
        var overrides = new JsonObject
        {
            ["identity.personaName"] = "Sam's Voice",
            ["tonalRange.permissibleTones"] = new JsonArray("wry", "generous"),
            ["platformPersonas.linkedin.adaptation.hookStyle"] = "A question from a client call",
            ["platformPersonas.facebook.adaptation.hookStyle"] = "Not generated this time",
            ["linguisticFingerprint.sentenceLength.mean"] = 99,
        };

        var replaced = PersonaOverrides.Apply(regenerated, platforms, overrides);

        Assert.Equal("Sam's Voice", regenerated["identity"]!["personaName"]!.GetValue<string>());
        Assert.Equal(["wry", "generous"], regenerated["tonalRange"]!["permissibleTones"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("A question from a client call", platforms["linkedin"]["adaptation"]!["hookStyle"]!.GetValue<string>());
        Assert.Equal(14.6, regenerated["linguisticFingerprint"]!["sentenceLength"]!["mean"]!.GetValue<double>());
        Assert.Equal("The Generated Name", replaced["identity.personaName"]!.GetValue<string>());
        Assert.Equal("Generated hook", replaced["platformPersonas.linkedin.adaptation.hookStyle"]!.GetValue<string>());
        Assert.False(replaced.ContainsKey("linguisticFingerprint.sentenceLength.mean"));
    }

    [Fact]
    public void Merging_replaces_values_and_null_removes_an_override()
    {
        var current = new JsonObject { ["identity.personaName"] = "Sam", ["avoidWords"] = new JsonArray("synergy") };

        var merged = PersonaOverrides.Merge(current, new JsonObject { ["corePersona.identity.personaName"] = "Samira", ["avoidWords"] = null });

        Assert.Equal("""{"identity.personaName":"Samira"}""", merged.ToJsonString());
        Assert.Equal(2, current.Count);
    }

    [Theory]
    [InlineData("linguisticFingerprint.sentenceLength.mean", "is measured from your writing")]
    [InlineData("corePersona.tonalRange.sentimentMean", "is measured from your writing")]
    [InlineData("platformPersonas.linkedin.rules.hardLimit", "published platform rule")]
    [InlineData("identity.source", "records how the persona was made")]
    [InlineData("identity.favouriteColour", "is not a field you can edit")]
    public void Fields_outside_the_allow_list_say_why_they_cant_be_edited(string path, string reason)
    {
        Assert.Null(EditableFields.Resolve(path, out var whyNot));
        Assert.Contains(reason, whyNot);
        Assert.Contains($"'{EditableFields.Normalise(path)}'", whyNot);
    }
}

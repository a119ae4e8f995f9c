using System.Text.Json.Nodes;
using Alwrity.Domain.Personas.Store;

namespace Alwrity.Tests.Personas.Store;

public sealed class PersonaDiffTests
{
    [Fact]
    public void Changed_added_and_removed_fields_are_reported_with_readable_labels()
    {
        var oldCore = PersonaSamples.Core();
        var newCore = PersonaSamples.Core("The Calm Builder", meanSentenceLength: 17.2);
        newCore["tonalRange"]!["permissibleTones"] = new JsonArray("encouraging", "reflective");
        newCore.Remove("industry");
        newCore["identity"]!["tagline"] = "Less, but better";
        var platforms = new Dictionary<string, JsonObject> { ["linkedin"] = PersonaSamples.LinkedIn() };
        var newPlatforms = new Dictionary<string, JsonObject> { ["linkedin"] = PersonaSamples.LinkedIn("Start with a surprising number") };

        var changes = PersonaDiff.Compare(oldCore, platforms, newCore, newPlatforms).ToDictionary(c => c.Path);

        var name = changes["corePersona.identity.personaName"];
        Assert.Equal(("Persona name", "changed", "The Plain-Spoken Builder", "The Calm Builder"),
            (name.Label, name.Kind, name.Old!.GetValue<string>(), name.New!.GetValue<string>()));
        var tones = changes["corePersona.tonalRange.permissibleTones"];
        Assert.Equal(["reflective"], tones.AddedItems);
        Assert.Equal(["wry"], tones.RemovedItems);
        Assert.Equal("removed", changes["corePersona.industry"].Kind);
        Assert.Equal("added", changes["corePersona.identity.tagline"].Kind);
        Assert.Equal("Sentence length: mean", changes["corePersona.linguisticFingerprint.sentenceLength.mean"].Label);
        Assert.Equal("LinkedIn · Hook style", changes["platformPersonas.linkedin.adaptation.hookStyle"].Label);
        Assert.Equal(6, changes.Count);
    }

    [Fact]
    public void Numbers_that_differ_only_by_rounding_noise_are_not_changes()
    {
        var platforms = new Dictionary<string, JsonObject>();

        var same = PersonaDiff.Compare(PersonaSamples.Core(meanSentenceLength: 14.6), platforms, PersonaSamples.Core(meanSentenceLength: 14.6000000001), platforms);
        var moved = PersonaDiff.Compare(PersonaSamples.Core(meanSentenceLength: 14.6), platforms, PersonaSamples.Core(meanSentenceLength: 14.7), platforms);

        Assert.Empty(same);
        Assert.Equal("corePersona.linguisticFingerprint.sentenceLength.mean", Assert.Single(moved).Path);
    }
}

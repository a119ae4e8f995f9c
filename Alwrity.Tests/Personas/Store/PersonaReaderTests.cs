using Alwrity.Domain.Errors;
using Alwrity.Domain.Personas.Store;
using Alwrity.Tests.TestSupport;

namespace Alwrity.Tests.Personas.Store;

public sealed class PersonaReaderTests
{
    [Theory, DatabaseProviders]
    public async Task Owners_read_their_persona_others_get_not_found_and_admins_can_read_it(string provider)
    {
        await using var store = await StoreTestData.CreateAsync(provider);
        var owner = await store.AddUserAsync("ada@example.com");
        var stranger = await store.AddUserAsync("eve@example.com");
        var saved = await store.Writer.SaveAsync(PersonaSamples.Version(owner), CancellationToken.None);
        var asOwner = new PersonaCaller(owner);
        var asStranger = new PersonaCaller(stranger);
        var asAdmin = new PersonaCaller(stranger, IsAdmin: true);

        var persona = await store.Reader.GetAsync(asOwner, saved.PersonaId, CancellationToken.None);
        Assert.Equal("The Plain-Spoken Builder", persona.Name);
        Assert.Equal(["facebook", "linkedin"], persona.PlatformPersonas.Keys.Order().ToArray());
        Assert.Equal(4, persona.Evidence.Count);
        Assert.Equal("gemini-2.5-flash", persona.Analysis!.Model);
        Assert.Equal(72.5, persona.Quality!.Overall);

        await Assert.ThrowsAsync<NotFoundException>(() => store.Reader.GetAsync(asStranger, saved.PersonaId, CancellationToken.None));
        await Assert.ThrowsAsync<NotFoundException>(() => store.Reader.GetPlatformAsync(asStranger, saved.PersonaId, "linkedin", CancellationToken.None));
        await Assert.ThrowsAsync<NotFoundException>(() => store.Reader.ListVersionsAsync(asStranger, saved.PersonaId, CancellationToken.None));
        await Assert.ThrowsAsync<NotFoundException>(() => store.Reader.DiffAsync(asStranger, saved.PersonaId, 1, 1, CancellationToken.None));
        await Assert.ThrowsAsync<NotFoundException>(() => store.Reader.ListForUserAsync(asStranger, owner, CancellationToken.None));

        Assert.Equal(saved.PersonaId, (await store.Reader.GetAsync(asAdmin, saved.PersonaId, CancellationToken.None)).PersonaId);
        Assert.Single(await store.Reader.ListForUserAsync(asAdmin, owner, CancellationToken.None));
        await Assert.ThrowsAsync<NotFoundException>(() => store.Editor.DeleteAsync(asAdmin, saved.PersonaId, CancellationToken.None));
    }

    [Theory, DatabaseProviders]
    public async Task The_list_shows_each_persona_with_its_current_version_and_platforms(string provider)
    {
        await using var store = await StoreTestData.CreateAsync(provider);
        var owner = await store.AddUserAsync("grace@example.com");
        var first = await store.Writer.SaveAsync(PersonaSamples.Version(owner), CancellationToken.None);
        await store.Writer.SaveAsync(PersonaSamples.Version(owner, first.PersonaId, overall: 80) with
        {
            PlatformPersonas = new Dictionary<string, System.Text.Json.Nodes.JsonObject> { ["linkedin"] = PersonaSamples.LinkedIn() },
        }, CancellationToken.None);
        await store.Writer.SaveAsync(PersonaSamples.Version(owner, core: PersonaSamples.Core("The Second Voice")), CancellationToken.None);

        var list = await store.Reader.ListForUserAsync(new PersonaCaller(owner), owner, CancellationToken.None);

        Assert.Equal(2, list.Count);
        var regenerated = list.Single(p => p.PersonaId == first.PersonaId);
        Assert.Equal(2, regenerated.CurrentVersion);
        Assert.Equal(["linkedin"], regenerated.Platforms);
        Assert.Equal(80, regenerated.OverallQuality);
        Assert.Equal(4210, regenerated.WordsAnalysed);
        Assert.Equal(["facebook", "linkedin"], list.Single(p => p.Name == "The Second Voice").Platforms);
        var history = await store.Reader.ListVersionsAsync(new PersonaCaller(owner), first.PersonaId, CancellationToken.None);
        Assert.Equal([2, 1], history.Select(v => v.Number).ToArray());
        Assert.Equal("Generated from 3 samples", history[1].Summary);
    }
}

using Alwrity.Domain.Ai;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Onboarding.Drafts;
using Alwrity.Domain.Personas.Generation;
using Alwrity.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alwrity.Tests.Onboarding;

/// <summary>The wizard's saved progress on a real database: nothing typed is lost, nobody sees another user's draft.</summary>
public sealed class DraftStoreTests
{
    private static readonly DraftInputs Everything = new()
    {
        Engine = AiEngines.UserKey,
        Samples = [new DraftSample("Launch post", "We shipped it. Finally, after six long months."), new DraftSample(null, "Second sample text.")],
        Files = [new DraftFile("notes.md", "My notes", "Plain text pulled from markdown.", 5)],
        Website = new DraftWebsite("example.com", "https://example.com/",
            [
                new DraftPage("https://example.com/", "Home", 7, "Welcome to…", null, true, "Welcome to my site, where I write."),
                new DraftPage("https://example.com/about", "About", 0, null, "The page has no readable text.", false, null),
            ]),
        Industry = "B2B software",
        Audience = "agency founders",
        Goals = "more replies",
        BrandValues = ["honesty", "craft"],
        AvoidWords = ["synergy"],
        Platforms = ["linkedin"],
        PersonaId = Guid.NewGuid(),
        JobId = Guid.NewGuid(),
    };

    [Theory, DatabaseProviders]
    public async Task A_saved_draft_comes_back_with_its_step_and_every_input(string provider)
    {
        await using var database = await MigratedDatabase.CreateAsync(provider);
        var store = Store(database);

        await store.SaveAsync("mia", 2, Everything, CancellationToken.None);
        var loaded = await store.LoadAsync("mia", CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(2, loaded.Step);
        Assert.Equal(Json(Everything), Json(loaded.Inputs));
        Assert.Equal(new WordTally(11, 5, 7), loaded.Inputs.Words);
        Assert.Null(await store.LoadAsync("noah", CancellationToken.None));
    }

    [Theory, DatabaseProviders]
    public async Task Saving_again_replaces_the_draft_and_clearing_forgets_it(string provider)
    {
        await using var database = await MigratedDatabase.CreateAsync(provider);
        var store = Store(database);
        await store.SaveAsync("mia", 1, Everything, CancellationToken.None);

        await store.SaveAsync("mia", 3, Everything with { Industry = "fitness" }, CancellationToken.None);
        var replaced = await store.LoadAsync("mia", CancellationToken.None);
        var cleared = await store.ClearAsync("mia", CancellationToken.None);

        Assert.Equal((3, "fitness"), (replaced!.Step, replaced.Inputs.Industry));
        Assert.True(cleared);
        Assert.Null(await store.LoadAsync("mia", CancellationToken.None));
        await using var db = await database.ContextAsync();
        Assert.Equal(0, await db.OnboardingDrafts.CountAsync());
    }

    [Theory, DatabaseProviders]
    public async Task Two_tabs_saving_at_once_both_succeed_and_one_of_them_is_kept(string provider)
    {
        await using var database = await MigratedDatabase.CreateAsync(provider);
        var store = Store(database);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            store.SaveAsync("mia", i % 4, Everything with { Goals = $"tab {i}" }, CancellationToken.None)));
        var kept = await store.LoadAsync("mia", CancellationToken.None);

        Assert.StartsWith("tab ", kept!.Inputs.Goals);
    }

    [Theory, DatabaseProviders]
    public async Task A_stray_nul_character_in_pasted_text_does_not_stop_saving(string provider)
    {
        await using var database = await MigratedDatabase.CreateAsync(provider);
        var store = Store(database);

        await store.SaveAsync("mia", 1, new DraftInputs { Samples = [new DraftSample(null, "Before\0after, with a \\u0000 typed by hand.")] }, CancellationToken.None);

        Assert.Equal("Beforeafter, with a \\u0000 typed by hand.", (await store.LoadAsync("mia", CancellationToken.None))!.Inputs.Samples[0].Text);
    }

    [Fact]
    public async Task A_draft_too_large_to_keep_is_refused_with_a_readable_reason()
    {
        await using var database = await MigratedDatabase.CreateAsync("Sqlite");
        var huge = new DraftInputs { Samples = [new DraftSample(null, new string('a', OnboardingDraftStore.MaxJsonChars))] };

        var error = await Assert.ThrowsAsync<OnboardingInputException>(() => Store(database).SaveAsync("mia", 1, huge, CancellationToken.None));

        Assert.Contains("too large to save", error.Message);
    }

    [Fact]
    public void The_draft_becomes_the_generation_request_with_files_kept_as_files_and_only_read_pages_with_the_text_read()
    {
        var request = Everything.ToRequest();

        Assert.Equal(["Launch post", "Sample 2"], request.Samples!.Select(s => s.Title));
        Assert.True(request.Files!.Single() is { Name: "notes.md", Extracted: true, Title: "My notes" });
        Assert.Equal(["https://example.com/"], request.WebsiteUrls);
        Assert.Equal(["https://example.com/"], request.WebsitePages);
        Assert.Equal([new WebPageInput("https://example.com/", "Home", "Welcome to my site, where I write.")], request.WebsiteTexts);
        Assert.Equal((AiEngines.UserKey, Everything.PersonaId), (request.Engine, request.PersonaId));
        Assert.Equal(["honesty", "craft"], request.Profile!.BrandValues);
    }

    private static OnboardingDraftStore Store(MigratedDatabase database) => new(database.Factory, NullLogger<OnboardingDraftStore>.Instance);

    private static string Json(DraftInputs inputs) => System.Text.Json.JsonSerializer.Serialize(inputs);
}

using Alwrity.Domain.Errors;
using Alwrity.Domain.Personas.Store;
using Alwrity.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Tests.Personas.Store;

public sealed class PersonaVersionWriterTests
{
    [Theory, DatabaseProviders]
    public async Task Each_save_adds_the_next_version_and_never_changes_older_rows(string provider)
    {
        await using var store = await StoreTestData.CreateAsync(provider);
        var userId = await store.AddUserAsync("ada@example.com");

        var first = await store.Writer.SaveAsync(PersonaSamples.Version(userId), CancellationToken.None);
        var firstRows = await SnapshotAsync(store, first.PersonaId);
        var second = await store.Writer.SaveAsync(
            PersonaSamples.Version(userId, first.PersonaId, VersionReasons.Generated, PersonaSamples.Core(meanSentenceLength: 16.1), 75), CancellationToken.None);
        var third = await store.Writer.SaveAsync(
            PersonaSamples.Version(userId, first.PersonaId, VersionReasons.Optimized, PersonaSamples.Core("The Calm Builder"), 78), CancellationToken.None);

        Assert.Equal([1, 2, 3], new[] { first.VersionNumber, second.VersionNumber, third.VersionNumber });
        Assert.Equal(first.PersonaId, third.PersonaId);
        var afterRows = await SnapshotAsync(store, first.PersonaId);
        Assert.Equal(firstRows[1], afterRows[1]);
        Assert.Equal(3, afterRows.Count);

        await using var db = await store.Data.ContextAsync();
        var head = await db.WritingPersonas.SingleAsync(p => p.Id == first.PersonaId);
        Assert.Equal(3, head.CurrentVersion);
        Assert.Equal("The Calm Builder", head.Name);
        Assert.Equal(78, head.OverallQuality);
        Assert.Equal(3, await db.AuditLog.CountAsync(a => a.EntityId == first.PersonaId.ToString() && a.Action == "persona.version-created"));
    }

    [Theory, DatabaseProviders]
    public async Task Concurrent_saves_of_one_persona_get_distinct_consecutive_version_numbers(string provider)
    {
        await using var store = await StoreTestData.CreateAsync(provider);
        var userId = await store.AddUserAsync("grace@example.com");
        var created = await store.Writer.SaveAsync(PersonaSamples.Version(userId), CancellationToken.None);

        var attempts = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            try
            {
                return (int?)(await store.Writer.SaveAsync(PersonaSamples.Version(userId, created.PersonaId), CancellationToken.None)).VersionNumber;
            }
            catch (ConflictException)
            {
                return null;
            }
        })).ToArray();
        var results = await Task.WhenAll(attempts);

        var saved = results.Where(n => n is not null).Select(n => n!.Value).Order().ToArray();
        Assert.True(saved.Length >= 2, $"Only {saved.Length} of 4 concurrent saves succeeded even with a retry.");
        await using var db = await store.Data.ContextAsync();
        var numbers = await db.PersonaVersions.Where(v => v.PersonaId == created.PersonaId).Select(v => v.Number).OrderBy(n => n).ToListAsync();
        Assert.Equal(Enumerable.Range(1, saved.Length + 1), numbers);
        Assert.Equal(saved.Length + 1, (await db.WritingPersonas.SingleAsync(p => p.Id == created.PersonaId)).CurrentVersion);
    }

    [Theory, DatabaseProviders]
    public async Task A_save_against_a_replaced_version_is_a_conflict_and_another_users_persona_is_not_found(string provider)
    {
        await using var store = await StoreTestData.CreateAsync(provider);
        var owner = await store.AddUserAsync("linus@example.com");
        var stranger = await store.AddUserAsync("eve@example.com");
        var created = await store.Writer.SaveAsync(PersonaSamples.Version(owner), CancellationToken.None);
        await store.Writer.SaveAsync(PersonaSamples.Version(owner, created.PersonaId), CancellationToken.None);

        await Assert.ThrowsAsync<ConflictException>(() => store.Writer.SaveAsync(
            PersonaSamples.Version(owner, created.PersonaId) with { BasedOnVersion = 1 }, CancellationToken.None));
        await Assert.ThrowsAsync<NotFoundException>(() => store.Writer.SaveAsync(
            PersonaSamples.Version(stranger, created.PersonaId), CancellationToken.None));
        await using var db = await store.Data.ContextAsync();
        Assert.Equal(2, await db.PersonaVersions.CountAsync(v => v.PersonaId == created.PersonaId));
    }

    private static async Task<Dictionary<int, string>> SnapshotAsync(StoreTestData store, Guid personaId)
    {
        await using var db = await store.Data.ContextAsync();
        var versions = await db.PersonaVersions.AsNoTracking().AsSplitQuery()
            .Include(v => v.PlatformPersonas).Include(v => v.AnalysisResult).Include(v => v.ValidationResult)
            .Where(v => v.PersonaId == personaId).ToListAsync();
        return versions.ToDictionary(v => v.Number, v => string.Join("|",
            v.Id, v.Reason, v.CorePersonaJson, v.OverridesJson, v.CreatedUtc.Ticks,
            string.Join(",", v.PlatformPersonas.OrderBy(p => p.Platform).Select(p => p.Id + p.DataJson)),
            v.AnalysisResult!.PromptTokens, v.ValidationResult!.Overall));
    }
}

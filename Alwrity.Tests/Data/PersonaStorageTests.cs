using Alwrity.Domain.Accounts;
using Alwrity.Domain.Personas;
using Alwrity.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Tests.Data;

/// <summary>The same cases on SQLite and on the real PostgreSQL (when configured; always under .ci/run).</summary>
public sealed class PersonaStorageTests
{
    [Theory, DatabaseProviders]
    public async Task A_persona_with_versions_and_platform_data_round_trips(string provider)
    {
        await using var data = await MigratedDatabase.CreateAsync(provider);
        var userId = await AddUserAsync(data, "ada@example.com");
        var personaId = await AddPersonaWithVersionAsync(data, userId, """{"identity":{"personaName":"The Plain Speaker"}}""");

        await using var db = await data.ContextAsync();
        var persona = await db.WritingPersonas.Include(p => p.Versions).ThenInclude(v => v.PlatformPersonas)
            .Include(p => p.Versions).ThenInclude(v => v.AnalysisResult)
            .Include(p => p.Versions).ThenInclude(v => v.ValidationResult)
            .SingleAsync(p => p.Id == personaId);

        var version = Assert.Single(persona.Versions);
        Assert.Contains("The Plain Speaker", version.CorePersonaJson);
        Assert.Equal(["facebook", "linkedin"], version.PlatformPersonas.Select(p => p.Platform).Order().ToArray());
        Assert.Contains("3000", version.PlatformPersonas.Single(p => p.Platform == "linkedin").DataJson);
        Assert.Equal("local", version.AnalysisResult!.Provider);
        Assert.Equal(71.5, version.ValidationResult!.Overall);
    }

    [Theory, DatabaseProviders]
    public async Task Versions_accumulate_and_a_version_number_cannot_be_reused(string provider)
    {
        await using var data = await MigratedDatabase.CreateAsync(provider);
        var userId = await AddUserAsync(data, "grace@example.com");
        var personaId = await AddPersonaWithVersionAsync(data, userId, "{}");

        await using (var db = await data.ContextAsync())
        {
            db.PersonaVersions.Add(new PersonaVersion { PersonaId = personaId, Number = 2, Reason = "edited", CorePersonaJson = "{\"v\":2}" });
            await db.SaveChangesAsync();
        }

        await using (var db = await data.ContextAsync())
        {
            db.PersonaVersions.Add(new PersonaVersion { PersonaId = personaId, Number = 2, Reason = "edited", CorePersonaJson = "{}" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = await data.ContextAsync();
        var versions = await check.PersonaVersions.Where(v => v.PersonaId == personaId).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal([1, 2], versions.Select(v => v.Number).ToArray());
        Assert.Equal("{\"v\":2}", versions[1].CorePersonaJson.Replace(" ", "", StringComparison.Ordinal));
    }

    [Theory, DatabaseProviders]
    public async Task Two_writers_of_the_same_persona_cannot_silently_overwrite_each_other(string provider)
    {
        await using var data = await MigratedDatabase.CreateAsync(provider);
        var userId = await AddUserAsync(data, "linus@example.com");
        var personaId = await AddPersonaWithVersionAsync(data, userId, "{}");

        await using var first = await data.ContextAsync();
        await using var second = await data.ContextAsync();
        var a = await first.WritingPersonas.SingleAsync(p => p.Id == personaId);
        var b = await second.WritingPersonas.SingleAsync(p => p.Id == personaId);
        a.Name = "First edit";
        await first.SaveChangesAsync();
        b.Name = "Second edit";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = await data.ContextAsync();
        Assert.Equal("First edit", (await check.WritingPersonas.SingleAsync(p => p.Id == personaId)).Name);
    }

    [Theory, DatabaseProviders]
    public async Task The_database_allows_only_one_active_generation_per_user(string provider)
    {
        await using var data = await MigratedDatabase.CreateAsync(provider);
        var userId = await AddUserAsync(data, "margaret@example.com");
        await using (var db = await data.ContextAsync())
        {
            db.GenerationJobs.Add(new GenerationJob { UserId = userId, RequestJson = "{}", Status = JobStatus.Running });
            db.GenerationJobs.Add(new GenerationJob { UserId = userId, RequestJson = "{}", Status = JobStatus.Succeeded });
            db.GenerationJobs.Add(new GenerationJob { UserId = userId, RequestJson = "{}", Status = JobStatus.Failed });
            await db.SaveChangesAsync();
        }

        await using var again = await data.ContextAsync();
        again.GenerationJobs.Add(new GenerationJob { UserId = userId, RequestJson = "{}", Status = JobStatus.Queued });

        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Theory, DatabaseProviders]
    public async Task Deleting_a_persona_removes_its_versions_and_platform_data_but_not_other_users_personas(string provider)
    {
        await using var data = await MigratedDatabase.CreateAsync(provider);
        var alice = await AddUserAsync(data, "alice@example.com");
        var bob = await AddUserAsync(data, "bob@example.com");
        var alicePersona = await AddPersonaWithVersionAsync(data, alice, "{}");
        var bobPersona = await AddPersonaWithVersionAsync(data, bob, "{}");

        await using (var db = await data.ContextAsync())
        {
            await db.WritingPersonas.Where(p => p.Id == alicePersona).ExecuteDeleteAsync();
        }

        await using var check = await data.ContextAsync();
        Assert.False(await check.PersonaVersions.AnyAsync(v => v.PersonaId == alicePersona));
        Assert.False(await check.PlatformPersonas.AnyAsync(p => p.PersonaId == alicePersona));
        Assert.Equal(bobPersona, (await check.WritingPersonas.SingleAsync(p => p.UserId == bob)).Id);
        Assert.Equal(2, await check.PlatformPersonas.CountAsync(p => p.PersonaId == bobPersona));
    }

    [PostgresFact]
    public async Task On_postgresql_platform_data_is_stored_as_jsonb_and_queryable()
    {
        await using var data = await MigratedDatabase.CreateAsync("PostgreSQL");
        var userId = await AddUserAsync(data, "edsger@example.com");
        await AddPersonaWithVersionAsync(data, userId, "{}");

        await using var db = await data.ContextAsync();
        var columnType = await db.Database.SqlQueryRaw<string>(
            "SELECT data_type AS \"Value\" FROM information_schema.columns WHERE table_name = 'platform_personas' AND column_name = 'DataJson'").SingleAsync();
        var limit = await db.Database.SqlQueryRaw<int>(
            "SELECT (\"DataJson\"->'rules'->>'limit')::int AS \"Value\" FROM platform_personas WHERE \"Platform\" = 'linkedin'").SingleAsync();

        Assert.Equal("jsonb", columnType);
        Assert.Equal(3000, limit);
    }

    private static async Task<string> AddUserAsync(MigratedDatabase data, string email)
    {
        await using var db = await data.ContextAsync();
        var user = new ApplicationUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant() };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    private static async Task<Guid> AddPersonaWithVersionAsync(MigratedDatabase data, string userId, string coreJson)
    {
        await using var db = await data.ContextAsync();
        var persona = new WritingPersona { UserId = userId, Name = "Persona", CurrentVersion = 1, CorePersonaJson = coreJson };
        var version = new PersonaVersion { PersonaId = persona.Id, Number = 1, Reason = "generated", CorePersonaJson = coreJson };
        version.PlatformPersonas.Add(new PlatformPersona { PersonaId = persona.Id, Platform = "linkedin", DataJson = """{"rules":{"limit":3000}}""" });
        version.PlatformPersonas.Add(new PlatformPersona { PersonaId = persona.Id, Platform = "facebook", DataJson = """{"rules":{"limit":63206}}""" });
        version.AnalysisResult = new PersonaAnalysisResult { Provider = "local", Outcome = "succeeded" };
        version.ValidationResult = new PersonaValidationResult { Overall = 71.5 };
        persona.Versions.Add(version);
        db.WritingPersonas.Add(persona);
        await db.SaveChangesAsync();
        return persona.Id;
    }
}

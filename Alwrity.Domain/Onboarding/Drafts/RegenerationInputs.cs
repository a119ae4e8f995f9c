using System.Text.Json;
using System.Text.Json.Nodes;
using Alwrity.Domain.Data;
using Alwrity.Domain.Errors;
using Alwrity.Domain.Onboarding.Text;
using Alwrity.Domain.Personas;
using Alwrity.Domain.Personas.Store;
using Alwrity.Domain.Platforms;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Onboarding.Drafts;

/// <summary>
/// What a persona was made from, as wizard inputs, so "regenerate" opens with everything filled in: the profile
/// answers, platforms and website of its current version, and the writing samples kept for it.
/// </summary>
public sealed class RegenerationInputs(IDbContextFactory<AlwrityDbContext> dbFactory)
{
    public sealed record Source(string PersonaName, DraftInputs Inputs);

    /// <summary>Only the persona's name, for a draft that already holds its inputs.</summary>
    /// <exception cref="NotFoundException">No such persona, or it belongs to someone else.</exception>
    public async Task<string> NameAsync(string userId, Guid personaId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OwnPersonas(db, userId, personaId).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? throw NotFound(personaId);
    }

    /// <exception cref="NotFoundException">No such persona, or it belongs to someone else.</exception>
    public async Task<Source> LoadAsync(string userId, Guid personaId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var head = await OwnPersonas(db, userId, personaId).Select(p => new { p.Name, p.CurrentVersion }).FirstOrDefaultAsync(ct)
                   ?? throw NotFound(personaId);
        var inputsJson = await db.PersonaVersions.AsNoTracking().Where(v => v.PersonaId == personaId && v.Number == head.CurrentVersion)
            .Select(v => v.InputsJson).FirstOrDefaultAsync(ct);
        var samples = await db.WritingSamples.AsNoTracking().Where(s => s.PersonaId == personaId && s.UserId == userId)
            .OrderBy(s => s.CreatedUtc).ThenBy(s => s.Id).ToListAsync(ct);
        return new Source(head.Name, FromStored(personaId, JsonDocuments.Object(inputsJson), samples));
    }

    private static IQueryable<WritingPersona> OwnPersonas(AlwrityDbContext db, string userId, Guid personaId) =>
        db.WritingPersonas.AsNoTracking().Where(p => p.Id == personaId && p.UserId == userId);

    private static NotFoundException NotFound(Guid personaId) => new($"No persona {personaId}.");

    private static DraftInputs FromStored(Guid personaId, JsonObject inputs, IReadOnlyList<WritingSample> samples)
    {
        var profile = inputs["profile"] is JsonObject p ? p.Deserialize<ProfileAnswers>(PersonaJson.Options) : null;
        var platforms = JsonDocuments.Texts(inputs, "platforms");
        var site = JsonDocuments.Texts(inputs, "websiteUrls").FirstOrDefault();
        var pages = samples.Where(s => s.Kind == CollectedKinds.Web && s.Source is not null)
            .Select(s => new DraftPage(s.Source!, s.Title, s.WordCount, Words.Excerpt(s.Text), null, true, s.Text)).ToList();
        return new DraftInputs
        {
            PersonaId = personaId,
            Samples = samples.Where(s => s.Kind == CollectedKinds.Pasted).Select(s => new DraftSample(s.Title, s.Text)).ToList(),
            Files = samples.Where(s => s.Kind == CollectedKinds.File)
                .Select(s => new DraftFile(s.Source ?? s.Title, s.Title, s.Text, s.WordCount)).ToList(),
            Website = site is null && pages.Count == 0 ? null : new DraftWebsite(site ?? pages[0].Url, site ?? pages[0].Url, pages),
            Industry = profile?.Industry,
            Audience = profile?.Audience,
            Goals = profile?.Goals,
            BrandValues = profile?.BrandValues ?? [],
            AvoidWords = profile?.AvoidWords ?? [],
            Platforms = platforms.Count > 0 ? platforms : profile?.TargetPlatforms is { Count: > 0 } targets ? targets : PlatformStrategies.Default,
        };
    }
}

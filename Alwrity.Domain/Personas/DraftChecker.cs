using System.Text.Json.Nodes;
using Alwrity.Domain.Analysis.PlatformFit;
using Alwrity.Domain.Analysis.VoiceMatch;
using Alwrity.Domain.Data;
using Alwrity.Domain.Errors;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Personas;

/// <summary>
/// "Does this sound like me, and does it fit the platform?" — a draft against a persona's stored voice profile
/// (rebuilt from the stored samples when missing or built against older norms) and a platform's rules.
/// </summary>
public sealed class DraftChecker(IDbContextFactory<AlwrityDbContext> dbFactory, PlatformFitChecker platformFit)
{
    public sealed record DraftCheck(Guid PersonaId, VoiceMatchResult VoiceMatch, PlatformFitReport? PlatformFit);

    public async Task<DraftCheck> CheckAsync(string userId, Guid personaId, string? text, string? platform, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputValidationException("text", "Paste the draft you want to check.");
        }

        var profile = await ProfileAsync(userId, personaId, cancellationToken);
        var fit = string.IsNullOrWhiteSpace(platform) ? null : platformFit.Check(platform, text);
        return new DraftCheck(personaId, VoiceMatcher.Match(profile, text), fit);
    }

    private async Task<VoiceProfile> ProfileAsync(string userId, Guid personaId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var inputs = await db.PersonaVersions.AsNoTracking()
            .Where(v => v.PersonaId == personaId && v.Persona!.UserId == userId)
            .OrderByDescending(v => v.Number).Select(v => v.InputsJson).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"No persona {personaId}.");
        if (JsonNode.Parse(inputs)?["voiceProfile"] is JsonObject stored)
        {
            var profile = PersonaJson.FromObject<VoiceProfile>(stored);
            if (profile.NormsId == VoiceNormsStore.Default.Id)
            {
                return profile;
            }
        }

        var samples = await db.WritingSamples.AsNoTracking().Where(s => s.PersonaId == personaId && s.UserId == userId)
            .Select(s => s.Text).ToListAsync(cancellationToken);
        return VoiceMatcher.BuildProfile(samples);
    }
}

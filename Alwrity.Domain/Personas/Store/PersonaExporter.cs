using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alwrity.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Personas.Store;

/// <summary>A Markdown export and the file name to save it under.</summary>
public sealed record PersonaMarkdownExport(string FileName, string Markdown);

/// <summary>Exports a persona as JSON (everything, with the metadata of every version) or as a Markdown voice guide. Audited.</summary>
public sealed class PersonaExporter(IDbContextFactory<AlwrityDbContext> dbFactory, PersonaReader reader)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<JsonObject> ExportJsonAsync(PersonaCaller caller, Guid personaId, CancellationToken cancellationToken)
    {
        var persona = await reader.GetAsync(caller, personaId, cancellationToken);
        var versions = await VersionsAsync(personaId, cancellationToken);
        await AuditAsync(caller, personaId, "json", cancellationToken);
        return new JsonObject
        {
            ["format"] = "alwrity-persona",
            ["exportedUtc"] = DateTime.UtcNow,
            ["persona"] = JsonSerializer.SerializeToNode(persona, Json),
            ["versionHistory"] = JsonSerializer.SerializeToNode(versions, Json),
        };
    }

    public async Task<PersonaMarkdownExport> ExportMarkdownAsync(PersonaCaller caller, Guid personaId, CancellationToken cancellationToken)
    {
        var persona = await reader.GetAsync(caller, personaId, cancellationToken);
        var markdown = VoiceGuide.Write(persona);
        await AuditAsync(caller, personaId, "markdown", cancellationToken);
        return new PersonaMarkdownExport($"{Slug(persona.Name)}-voice-guide.md", markdown);
    }

    /// <summary>"The Plain Speaker" → "the-plain-speaker".</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "persona" : text[..Math.Min(text.Length, 60)].TrimEnd('-');
    }

    private async Task<List<ExportedVersion>> VersionsAsync(Guid personaId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.PersonaVersions.AsNoTracking().AsSplitQuery()
            .Include(v => v.PlatformPersonas).Include(v => v.AnalysisResult).Include(v => v.ValidationResult)
            .Where(v => v.PersonaId == personaId).OrderBy(v => v.Number).ToListAsync(cancellationToken);
        return rows.Select(v => new ExportedVersion(
            v.Number, v.Reason, v.Summary, v.CreatedUtc,
            v.PlatformPersonas.Select(p => p.Platform).Order(StringComparer.Ordinal).ToList(),
            PersonaDocuments.Quality(v.ValidationResult), PersonaDocuments.Analysis(v.AnalysisResult),
            JsonDocuments.Object(v.OverridesJson))).ToList();
    }

    private async Task AuditAsync(PersonaCaller caller, Guid personaId, string format, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.AuditLog.Add(PersonaAudit.Entry(caller.UserId, PersonaAudit.Exported, personaId, $"Exported as {format}."));
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record ExportedVersion(
        int Number, string Reason, string? Summary, DateTime CreatedUtc, IReadOnlyList<string> Platforms,
        PersonaQuality? Quality, PersonaAnalysisSummary? Analysis, JsonObject Overrides);
}

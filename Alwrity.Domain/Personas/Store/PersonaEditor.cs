using System.Text.Json.Nodes;
using Alwrity.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Personas.Store;

/// <summary>
/// The owner's changes to a persona: edits of qualitative fields, restoring an old version and deleting.
/// Edits and restores add a version; history is never rewritten.
/// </summary>
public sealed class PersonaEditor(
    IDbContextFactory<AlwrityDbContext> dbFactory, PersonaVersionWriter writer, PersonaReader reader, IPersonaRescorer rescorer,
    PersonaChangeNotifications changes)
{
    /// <summary>Applies overrides as a new "edited" version and returns it (the current one if nothing changed).</summary>
    public async Task<PersonaDocument> ApplyAsync(PersonaCaller caller, Guid personaId, PersonaPatch patch, CancellationToken cancellationToken)
    {
        var (head, latest) = await LatestAsync(caller, personaId, cancellationToken);
        if (patch.ExpectedVersion is { } expected && expected != head.CurrentVersion)
        {
            throw PersonaConflicts.Stale(expected, head.CurrentVersion);
        }

        var source = StoredVersion.From(latest);
        var changes = OverrideValidator.Validate(patch.Overrides, source.Platforms.Keys);
        var edit = await OverrideEdit.PlanAsync(source, changes, path => GeneratedValueAsync(personaId, head.CurrentVersion, path, cancellationToken));
        if (!edit.ChangesAnything(source))
        {
            return PersonaDocuments.From(head, latest);
        }

        var scores = await rescorer.RescoreAsync(edit.Core, edit.Platforms, PersonaDocuments.Scores(latest.ValidationResult), cancellationToken);
        await writer.SaveAsync(new NewPersonaVersion
        {
            UserId = caller.UserId,
            PersonaId = personaId,
            BasedOnVersion = head.CurrentVersion,
            Reason = VersionReasons.Edited,
            Summary = edit.Summary(),
            CorePersona = edit.Core,
            PlatformPersonas = edit.Platforms,
            Inputs = CarriedOver.Inputs(source),
            Overrides = edit.Overrides,
            OverriddenValues = edit.OverriddenValues,
            Metrics = new PersonaMetrics(head.WordsAnalysed, head.MeanSentenceLength, head.FleschReadingEase, head.Formality, head.SentimentCompound, scores.Overall),
            Name = JsonDocuments.Text(edit.Core, "identity.personaName") ?? head.Name,
            Archetype = JsonDocuments.Text(edit.Core, "identity.archetype") ?? head.Archetype,
            Analysis = CarriedOver.Analysis(latest.AnalysisResult, latest.Number, VersionReasons.Edited),
            Validation = scores,
        }, cancellationToken);
        return await reader.GetAsync(caller, personaId, cancellationToken);
    }

    /// <summary>Makes an old version current again by copying it into a new "restored" version.</summary>
    public async Task<PersonaDocument> RestoreAsync(PersonaCaller caller, Guid personaId, int versionNumber, CancellationToken cancellationToken)
    {
        PersonaVersion old;
        WritingPersona head;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            head = await PersonaAccess.HeadAsync(db, caller, personaId, toChange: true, cancellationToken);
            old = await PersonaAccess.VersionAsync(db, personaId, versionNumber, cancellationToken);
        }

        var source = StoredVersion.From(old);
        var scores = await rescorer.RescoreAsync(source.Core, source.Platforms, PersonaDocuments.Scores(old.ValidationResult), cancellationToken);
        await writer.SaveAsync(new NewPersonaVersion
        {
            UserId = caller.UserId,
            PersonaId = personaId,
            Reason = VersionReasons.Restored,
            Summary = $"Restored version {versionNumber}.",
            CorePersona = source.Core,
            PlatformPersonas = source.Platforms,
            Inputs = CarriedOver.Inputs(source),
            Overrides = source.Overrides,
            OverriddenValues = source.OverriddenValues,
            Metrics = CarriedOver.Metrics(source.Core, head, scores.Overall),
            Name = JsonDocuments.Text(source.Core, "identity.personaName") ?? head.Name,
            Archetype = JsonDocuments.Text(source.Core, "identity.archetype") ?? head.Archetype,
            Analysis = CarriedOver.Analysis(old.AnalysisResult, versionNumber, VersionReasons.Restored),
            Validation = scores,
        }, cancellationToken);
        return await reader.GetAsync(caller, personaId, cancellationToken);
    }

    /// <summary>Deletes the persona with all its versions, platform documents and the writing it was measured from, and records who did it.</summary>
    public async Task DeleteAsync(PersonaCaller caller, Guid personaId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var head = await PersonaAccess.HeadAsync(db, caller, personaId, toChange: true, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.WritingSamples.Where(s => s.PersonaId == personaId && s.UserId == caller.UserId).ExecuteDeleteAsync(cancellationToken);
        await db.WritingPersonas.Where(p => p.Id == personaId && p.UserId == caller.UserId).ExecuteDeleteAsync(cancellationToken);
        db.AuditLog.Add(PersonaAudit.Entry(caller.UserId, PersonaAudit.Deleted, personaId,
            $"Deleted '{head.Name}' with {head.CurrentVersion} version(s)."));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        changes.Publish(new PersonaChange(caller.UserId, personaId, null, PersonaChangeKind.Deleted));
    }

    private async Task<(WritingPersona Head, PersonaVersion Latest)> LatestAsync(PersonaCaller caller, Guid personaId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var head = await PersonaAccess.HeadAsync(db, caller, personaId, toChange: true, cancellationToken);
        return (head, await PersonaAccess.VersionAsync(db, personaId, head.CurrentVersion, cancellationToken));
    }

    /// <summary>
    /// For a reset whose generated value was never recorded: the value in the newest earlier version in
    /// which the field was not overridden.
    /// </summary>
    private async Task<(bool Found, JsonNode? Value)> GeneratedValueAsync(Guid personaId, int before, string path, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var older = db.PersonaVersions.AsNoTracking().Include(v => v.PlatformPersonas)
            .Where(v => v.PersonaId == personaId && v.Number < before).OrderByDescending(v => v.Number).AsAsyncEnumerable();
        await foreach (var version in older.WithCancellation(cancellationToken))
        {
            var content = StoredVersion.From(version);
            if (!content.Overrides.ContainsKey(path))
            {
                var field = EditableFields.Resolve(path, out _)!;
                var document = field.Platform is null ? content.Core : content.Platforms.GetValueOrDefault(field.Platform);
                return document is null ? (false, null) : (true, JsonDocuments.At(document, field.DocumentPath)?.DeepClone());
            }
        }

        return (false, null);
    }
}

using Alwrity.Domain.Data;
using Alwrity.Domain.Errors;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Personas.Jobs;

/// <summary>Queues persona generations (one active per user), and reads or cancels a user's own jobs.</summary>
public sealed class GenerationJobService(IDbContextFactory<AlwrityDbContext> dbFactory, JobNotifications notifications)
{
    public async Task<JobSnapshot> EnqueueAsync(string userId, string requestJson, Guid? personaId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var active = await ActiveJobAsync(db, userId, cancellationToken);
        if (active is not null)
        {
            throw new JobAlreadyRunningException(active.Id);
        }

        var job = new GenerationJob { UserId = userId, RequestJson = requestJson, PersonaId = personaId };
        db.GenerationJobs.Add(job);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request for the same user won the race; the database's unique index decided.
            await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
            var winner = await ActiveJobAsync(again, userId, cancellationToken);
            throw new JobAlreadyRunningException(winner?.Id ?? job.Id);
        }

        notifications.WakeWorker();
        var snapshot = ToSnapshot(job);
        notifications.Publish(userId, snapshot);
        return snapshot;
    }

    public async Task<JobSnapshot> GetAsync(string userId, Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await db.GenerationJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId && j.UserId == userId, cancellationToken)
            ?? throw new NotFoundException($"No generation job {jobId}.");
        return ToSnapshot(job);
    }

    /// <summary>The user's running or queued job, if any, else their latest one.</summary>
    public async Task<JobSnapshot?> LatestAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var job = await ActiveJobAsync(db, userId, cancellationToken)
            ?? await db.GenerationJobs.AsNoTracking().Where(j => j.UserId == userId)
                .OrderByDescending(j => j.CreatedUtc).FirstOrDefaultAsync(cancellationToken);
        return job is null ? null : ToSnapshot(job);
    }

    /// <summary>Asks a job to stop. A queued job is cancelled at once; a running one at its next stage.</summary>
    public async Task<JobSnapshot> CancelAsync(string userId, Guid jobId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = DateTime.UtcNow;
        await db.GenerationJobs.Where(j => j.Id == jobId && j.UserId == userId && j.Status == JobStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Cancelled).SetProperty(j => j.FinishedUtc, now)
                .SetProperty(j => j.Error, "Cancelled before it started.").SetProperty(j => j.ConcurrencyStamp, Guid.NewGuid()), cancellationToken);
        await db.GenerationJobs.Where(j => j.Id == jobId && j.UserId == userId && j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.CancelRequested, true), cancellationToken);
        var snapshot = await GetAsync(userId, jobId, cancellationToken);
        notifications.Publish(userId, snapshot);
        return snapshot;
    }

    internal static JobSnapshot ToSnapshot(GenerationJob job) => new(
        job.Id, job.Status, job.Stage, JobStages.Describe(job.Stage), job.Progress, job.PersonaId, job.Error, job.CreatedUtc, job.FinishedUtc);

    private static Task<GenerationJob?> ActiveJobAsync(AlwrityDbContext db, string userId, CancellationToken cancellationToken) =>
        db.GenerationJobs.AsNoTracking()
            .Where(j => j.UserId == userId && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running))
            .OrderByDescending(j => j.CreatedUtc)
            .FirstOrDefaultAsync(cancellationToken);
}

/// <summary>The user already has a generation queued or running; the API answers 409 with its id.</summary>
public sealed class JobAlreadyRunningException(Guid jobId)
    : Exception("A persona is already being generated for you. Wait for it to finish or cancel it first.")
{
    public Guid JobId { get; } = jobId;
}

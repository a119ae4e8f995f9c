using Alwrity.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Personas.Jobs;

/// <summary>
/// One worker's hold on one job: every write is conditional on still owning the lease, so a worker that
/// lost it (paused too long, network split) can never overwrite the instance that took over.
/// </summary>
internal sealed class JobLease(
    GenerationJob job,
    string owner,
    IDbContextFactory<AlwrityDbContext> dbFactory,
    JobNotifications notifications,
    GenerationJobOptions options) : IJobReporter
{
    private string stage = job.Stage;
    private int progress = job.Progress;

    public bool Lost { get; private set; }
    public bool CancelRequested { get; private set; }

    public async Task ReportAsync(string newStage, int? newProgress, CancellationToken cancellationToken)
    {
        stage = newStage;
        progress = Math.Clamp(newProgress ?? JobStages.StartProgress(newStage), progress, 100);
        var p = progress;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var updated = await Owned(db).ExecuteUpdateAsync(s => s.SetProperty(j => j.Stage, newStage).SetProperty(j => j.Progress, p), cancellationToken);
        if (updated == 0)
        {
            Lost = true;
            throw new OperationCanceledException("This worker no longer owns the job.");
        }

        Publish(JobStatus.Running, null, null);
    }

    /// <summary>Renews the lease until <paramref name="jobCts"/> is cancelled; cancels it when the user asks or the lease is lost.</summary>
    public async Task KeepAliveAsync(CancellationTokenSource jobCts)
    {
        using var timer = new PeriodicTimer(options.HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(jobCts.Token))
            {
                await using var db = await dbFactory.CreateDbContextAsync(jobCts.Token);
                var until = DateTime.UtcNow + options.LeaseDuration;
                var renewed = await Owned(db).ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresUtc, until), jobCts.Token);
                var cancel = await db.GenerationJobs.Where(j => j.Id == job.Id).Select(j => j.CancelRequested).FirstOrDefaultAsync(jobCts.Token);
                if (renewed == 0 || cancel)
                {
                    (Lost, CancelRequested) = (renewed == 0, cancel);
                    await jobCts.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The job finished or was stopped.
        }
    }

    public async Task FinishAsync(string status, Guid? personaId, string? error, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var finalStage = status == JobStatus.Succeeded ? JobStages.Done : stage;
        var finalProgress = status == JobStatus.Succeeded ? 100 : progress;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await Owned(db).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, status)
            .SetProperty(j => j.Stage, finalStage)
            .SetProperty(j => j.Progress, finalProgress)
            .SetProperty(j => j.PersonaId, j => personaId ?? j.PersonaId)
            .SetProperty(j => j.Error, error)
            .SetProperty(j => j.FinishedUtc, now)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresUtc, (DateTime?)null)
            .SetProperty(j => j.ConcurrencyStamp, Guid.NewGuid()), cancellationToken);
        (stage, progress) = (finalStage, finalProgress);
        Publish(status, personaId ?? job.PersonaId, error, now);
    }

    /// <summary>Gives the job back at once (shutdown) so a restart resumes it without waiting for the lease.</summary>
    public async Task ReleaseAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var past = DateTime.UtcNow.AddSeconds(-1);
        await Owned(db).ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresUtc, past).SetProperty(j => j.LeaseOwner, (string?)null));
    }

    private IQueryable<GenerationJob> Owned(AlwrityDbContext db) =>
        db.GenerationJobs.Where(j => j.Id == job.Id && j.LeaseOwner == owner && j.Status == JobStatus.Running);

    private void Publish(string status, Guid? personaId, string? error, DateTime? finished = null) =>
        notifications.Publish(job.UserId, new JobSnapshot(job.Id, status, stage, JobStages.Describe(stage), progress, personaId, error, job.CreatedUtc, finished));
}

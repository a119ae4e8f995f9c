using Alwrity.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alwrity.Domain.Personas.Jobs;

/// <summary>
/// Runs queued generations. Jobs are claimed with a conditional UPDATE (only one instance can win a row),
/// kept alive by a heartbeat on the lease, and taken over after a crash once the lease has expired; a job
/// interrupted too often is failed with the reason instead of being left "running".
/// </summary>
public sealed class GenerationJobWorker(
    IDbContextFactory<AlwrityDbContext> dbFactory,
    IServiceScopeFactory scopes,
    JobNotifications notifications,
    IOptions<GenerationJobOptions> options,
    ILogger<GenerationJobWorker> logger) : BackgroundService
{
    private readonly string instanceId = InstanceName();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorker)
        {
            return;
        }

        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(t => t.IsCompleted);
            if (running.Count < options.Value.Concurrency && await TryClaimAsync(stoppingToken) is { } job)
            {
                running.Add(RunClaimedAsync(job, stoppingToken));
                continue;
            }

            try
            {
                await notifications.WaitForWorkAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(running);
    }

    private static string InstanceName()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return name.Length <= 200 ? name : name[^200..];
    }

    /// <summary>Claims and runs one job if there is one; for tests and tools that drive jobs by hand.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var job = await TryClaimAsync(cancellationToken);
        if (job is null)
        {
            return false;
        }

        await RunClaimedAsync(job, cancellationToken);
        return true;
    }

    private async Task<GenerationJob?> TryClaimAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var now = DateTime.UtcNow;
            var candidates = await db.GenerationJobs.AsNoTracking()
                .Where(j => j.Status == JobStatus.Queued || (j.Status == JobStatus.Running && j.LeaseExpiresUtc < now))
                .OrderBy(j => j.CreatedUtc).Select(j => j.Id).Take(5).ToListAsync(cancellationToken);
            foreach (var id in candidates)
            {
                var lease = DateTime.UtcNow + options.Value.LeaseDuration;
                var claimed = await db.GenerationJobs
                    .Where(j => j.Id == id && (j.Status == JobStatus.Queued || (j.Status == JobStatus.Running && j.LeaseExpiresUtc < now)))
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(j => j.Status, JobStatus.Running)
                        .SetProperty(j => j.LeaseOwner, instanceId)
                        .SetProperty(j => j.LeaseExpiresUtc, lease)
                        .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                        .SetProperty(j => j.StartedUtc, j => j.StartedUtc ?? now)
                        .SetProperty(j => j.ConcurrencyStamp, Guid.NewGuid()), cancellationToken);
                if (claimed == 1)
                {
                    return await db.GenerationJobs.AsNoTracking().FirstAsync(j => j.Id == id, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not look for generation jobs; will retry");
        }

        return null;
    }

    private async Task RunClaimedAsync(GenerationJob job, CancellationToken stoppingToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["JobId"] = job.Id, ["UserId"] = job.UserId });
        var lease = new JobLease(job, instanceId, dbFactory, notifications, options.Value);
        if (job.Attempts > options.Value.MaxAttempts)
        {
            await lease.FinishAsync(JobStatus.Failed, null,
                $"The generation was interrupted {job.Attempts - 1} times (server restarts) and was stopped. Start it again.", CancellationToken.None);
            return;
        }

        using var jobCts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var heartbeat = lease.KeepAliveAsync(jobCts);
        try
        {
            await using var serviceScope = scopes.CreateAsyncScope();
            var pipeline = serviceScope.ServiceProvider.GetRequiredService<IPersonaGenerationPipeline>();
            var personaId = await pipeline.RunAsync(job, lease, jobCts.Token);
            await lease.FinishAsync(JobStatus.Succeeded, personaId, null, CancellationToken.None);
            logger.LogInformation("Generation job {JobId} succeeded with persona {PersonaId}", job.Id, personaId);
        }
        catch (OperationCanceledException) when (lease.CancelRequested)
        {
            await lease.FinishAsync(JobStatus.Cancelled, null, "Cancelled by you.", CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: hand the job back so the next start (or another instance) resumes it.
            await lease.ReleaseAsync();
        }
        catch (OperationCanceledException) when (lease.Lost)
        {
            logger.LogWarning("Lost the lease on job {JobId}; another instance has taken it over", job.Id);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Generation job {JobId} failed", job.Id);
            await lease.FinishAsync(JobStatus.Failed, null, JobErrors.Describe(ex), CancellationToken.None);
        }
        finally
        {
            await jobCts.CancelAsync();
            await heartbeat;
        }
    }
}

using Alwrity.Domain.Personas;
using Alwrity.Domain.Personas.Jobs;

namespace Alwrity.Web.Onboarding;

/// <summary>
/// Follows one of a user's generation jobs: this instance's notifications as they happen, and a look every few
/// seconds as well, because a job run by another app instance is not announced here.
/// </summary>
public sealed class JobWatcher : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private readonly CancellationTokenSource lifetime = new();
    private readonly JobNotifications notifications;
    private readonly GenerationJobService jobs;
    private readonly string userId;
    private readonly Func<JobSnapshot, Task> changed;
    private readonly ILogger logger;
    private Guid? watched;

    public JobWatcher(JobNotifications notifications, GenerationJobService jobs, string userId, Func<JobSnapshot, Task> changed, ILogger logger)
    {
        (this.notifications, this.jobs, this.userId, this.changed, this.logger) = (notifications, jobs, userId, changed, logger);
        notifications.JobChanged += OnNotified;
    }

    /// <summary>Reports the changes of <paramref name="jobId"/> from now on (and stops following any other).</summary>
    public void Watch(Guid jobId)
    {
        watched = jobId;
        _ = PollAsync(jobId);
    }

    private void OnNotified(string owner, JobSnapshot snapshot)
    {
        if (owner == userId && snapshot.JobId == watched)
        {
            _ = changed(snapshot);
        }
    }

    private async Task PollAsync(Guid jobId)
    {
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            while (watched == jobId && await timer.WaitForNextTickAsync(lifetime.Token))
            {
                var latest = await jobs.GetAsync(userId, jobId, lifetime.Token);
                await changed(latest);
                if (!JobStatus.IsActive(latest.Status))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Stopped polling generation job {JobId}; this instance's notifications still update the page", jobId);
        }
    }

    public void Dispose()
    {
        notifications.JobChanged -= OnNotified;
        lifetime.Cancel();
        lifetime.Dispose();
    }
}

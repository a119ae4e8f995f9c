namespace Alwrity.Domain.Personas.Jobs;

/// <summary>
/// In-process signals around jobs: wakes the worker when a job is queued here, and tells open pages
/// (any circuit of the same user) that a job moved. Other instances still see changes by polling.
/// </summary>
public sealed class JobNotifications
{
    private readonly SemaphoreSlim wake = new(0);

    /// <summary>Raised with the job's owner and snapshot whenever a job changes state or stage.</summary>
    public event Action<string, JobSnapshot>? JobChanged;

    public void WakeWorker()
    {
        if (wake.CurrentCount == 0)
        {
            wake.Release();
        }
    }

    public async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await wake.WaitAsync(timeout, cancellationToken);

    public void Publish(string userId, JobSnapshot snapshot) => JobChanged?.Invoke(userId, snapshot);
}

using Alwrity.Domain.Personas.Jobs;
using Alwrity.Domain.Personas.Store;

namespace Alwrity.Web.Personas.State;

/// <summary>What other circuits and the job worker tell this one: a persona changed, a generation moved.</summary>
public sealed partial class PersonaState
{
    private void OnPersonaChanged(PersonaChange change)
    {
        if (loaded && change.UserId == caller?.UserId)
        {
            _ = InBackgroundAsync(() => RefreshAsync());
        }
    }

    private void OnJobChanged(string owner, JobSnapshot snapshot)
    {
        if (owner == caller?.UserId)
        {
            LatestJob = snapshot;
            Changed?.Invoke();
        }
    }

    private async Task InBackgroundAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Refreshing the persona state after a change failed; the page keeps what it shows.");
        }
    }

    public void Dispose()
    {
        personaChanges.Changed -= OnPersonaChanged;
        jobChanges.JobChanged -= OnJobChanged;
        gate.Dispose();
    }
}

using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Onboarding.Drafts;

namespace Alwrity.Web.Onboarding;

/// <summary>
/// Writes a user's draft: at once, or once typing has paused for <see cref="Delay"/>. Saves never overlap and an
/// older snapshot never overwrites a newer one; a failure is kept in <see cref="Problem"/> instead of being thrown.
/// </summary>
public sealed class DraftAutosave(OnboardingDraftStore drafts, ILogger<DraftAutosave> logger) : IAsyncDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(700);

    private readonly SemaphoreSlim writing = new(1, 1);
    private CancellationTokenSource? delay;
    private Snapshot? pending;
    private long sequence;
    private long written;

    /// <summary>Why the latest save failed, in words for the user; null when saved.</summary>
    public string? Problem { get; private set; }

    /// <summary>Raised (possibly off the render thread) when <see cref="Problem"/> changes.</summary>
    public event Action? ProblemChanged;

    public void Schedule(string userId, int step, DraftInputs inputs)
    {
        var snapshot = pending = new Snapshot(userId, step, inputs, ++sequence);
        delay?.Cancel();
        delay?.Dispose();
        delay = new CancellationTokenSource();
        _ = SaveLaterAsync(snapshot, delay.Token);
    }

    public Task SaveNowAsync(string userId, int step, DraftInputs inputs)
    {
        CancelPending();
        return WriteAsync(new Snapshot(userId, step, inputs, ++sequence));
    }

    /// <summary>Drops what is waiting to be saved, and any save still in flight (the draft is being cleared).</summary>
    public void Forget()
    {
        CancelPending();
        written = ++sequence;
    }

    /// <summary>Writes what is waiting, now.</summary>
    public async Task FlushAsync()
    {
        if (pending is { } snapshot)
        {
            CancelPending();
            await WriteAsync(snapshot);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync();
        delay?.Dispose();
        writing.Dispose();
    }

    private async Task SaveLaterAsync(Snapshot snapshot, CancellationToken ct)
    {
        try
        {
            await Task.Delay(Delay, ct);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await WriteAsync(snapshot);
    }

    private void CancelPending()
    {
        delay?.Cancel();
        pending = null;
    }

    private async Task WriteAsync(Snapshot snapshot)
    {
        await writing.WaitAsync();
        try
        {
            if (snapshot.Sequence <= written)
            {
                return;
            }

            await drafts.SaveAsync(snapshot.UserId, snapshot.Step, snapshot.Inputs, CancellationToken.None);
            written = snapshot.Sequence;
            if (pending?.Sequence == snapshot.Sequence)
            {
                pending = null;
            }

            SetProblem(null);
        }
        catch (OnboardingInputException ex)
        {
            SetProblem(ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not save the onboarding draft of user {UserId}", snapshot.UserId);
            SetProblem("Your latest changes could not be saved just now. Keep going: they are saved again with your next change.");
        }
        finally
        {
            writing.Release();
        }
    }

    private void SetProblem(string? problem)
    {
        if (problem != Problem)
        {
            Problem = problem;
            ProblemChanged?.Invoke();
        }
    }

    private sealed record Snapshot(string UserId, int Step, DraftInputs Inputs, long Sequence);
}

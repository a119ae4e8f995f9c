using Alwrity.Domain.Ai;
using Alwrity.Domain.Errors;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Onboarding.Drafts;
using Alwrity.Domain.Personas;
using Alwrity.Domain.Personas.Jobs;

namespace Alwrity.Web.Onboarding;

/// <summary>
/// The wizard of one circuit: its inputs, the current step, and their saved copy. Saves at once when a step is
/// completed and shortly after typing stops; a save still pending when the circuit ends is written then.
/// </summary>
public sealed class OnboardingWizardState(
    OnboardingDraftStore drafts, RegenerationInputs regeneration, AiEngineCatalog engines, GenerationJobService jobs,
    ILogger<OnboardingWizardState> logger) : IAsyncDisposable
{
    public static readonly TimeSpan SaveDelay = TimeSpan.FromMilliseconds(700);

    private readonly SemaphoreSlim writing = new(1, 1);
    private CancellationTokenSource? pendingDelay;
    private (DraftInputs Inputs, int Step, long Sequence)? pending;
    private long sequence;
    private long written;
    private string? userId;

    public OnboardingForm Form { get; private set; } = new();
    public int Step { get; private set; }
    public AiEngineChoices Choices { get; private set; } = new(null, null);

    /// <summary>Why the latest save failed, for the page to show; null when saved.</summary>
    public string? SaveProblem { get; private set; }

    /// <summary>Raised (possibly off the render thread) when <see cref="SaveProblem"/> changes.</summary>
    public event Action? SaveProblemChanged;

    /// <summary>Loads the user's saved wizard, or a persona's inputs to regenerate it, and reports what was found.</summary>
    public async Task<WizardOpening> OpenAsync(string user, Guid? regenerate, CancellationToken ct)
    {
        await FlushAsync();
        userId = user;
        Choices = await engines.DescribeAsync(user, ct);
        var saved = await drafts.LoadAsync(user, ct);
        var finished = saved?.Inputs.JobId is { } jobId ? await FinishedPersonaAsync(user, jobId, ct) : null;
        if (finished is not null)
        {
            await drafts.ClearAsync(user, ct);
            saved = null;
        }

        string? regenerating = null;
        var target = regenerate ?? saved?.Inputs.PersonaId;
        if (target is { } personaId)
        {
            try
            {
                var source = await regeneration.LoadAsync(user, personaId, ct);
                regenerating = source.PersonaName;
                if (saved?.Inputs.PersonaId != personaId)
                {
                    saved = new SavedDraft(WizardSteps.Engine, source.Inputs with { Engine = Choices.Suggested }, DateTime.UtcNow);
                    await drafts.SaveAsync(user, saved.Step, saved.Inputs, ct);
                }
            }
            catch (NotFoundException) when (regenerate is not null)
            {
                return new WizardOpening(NotFound: true, null, null, null);
            }
            catch (NotFoundException)
            {
                saved = saved! with { Inputs = saved.Inputs with { PersonaId = null } }; // the persona was deleted: keep the inputs as a new one
            }
        }

        Form = saved is null ? new OnboardingForm { Engine = Choices.Suggested } : OnboardingForm.FromDraft(saved.Inputs);
        Step = Math.Clamp(saved?.Step ?? WizardSteps.Engine, WizardSteps.Engine, WizardSteps.Generate);
        var latest = await jobs.LatestAsync(user, ct);
        var active = latest is not null && JobStatus.IsActive(latest.Status) ? latest : null;
        Step = active is null ? Step : WizardSteps.Generate;
        return new WizardOpening(false, regenerating, finished, active);
    }

    public async Task RefreshChoicesAsync(CancellationToken ct) => Choices = await engines.DescribeAsync(RequireUser(), ct);

    /// <summary>Saves the inputs as they are now, once typing has paused for <see cref="SaveDelay"/>.</summary>
    public void ScheduleSave()
    {
        var snapshot = (Form.ToDraft(), Step, ++sequence);
        pending = snapshot;
        pendingDelay?.Cancel();
        pendingDelay?.Dispose();
        pendingDelay = new CancellationTokenSource();
        _ = SaveLaterAsync(snapshot, pendingDelay.Token);
    }

    /// <summary>Moves to <paramref name="step"/> and saves at once.</summary>
    public async Task SaveNowAsync(int step)
    {
        Step = step;
        CancelPending();
        await WriteAsync((Form.ToDraft(), step, ++sequence));
    }

    /// <summary>Forgets everything entered (and the saved copy) and starts again at the first step.</summary>
    public async Task StartOverAsync(CancellationToken ct)
    {
        await ClearAsync(ct);
        Form = new OnboardingForm { Engine = Choices.Suggested };
        Step = WizardSteps.Engine;
    }

    /// <summary>After a generation succeeded: the draft has done its job.</summary>
    public Task ClearAsync(CancellationToken ct)
    {
        CancelPending();
        written = ++sequence; // any save still in flight is older and is skipped
        return drafts.ClearAsync(RequireUser(), ct);
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync();
        pendingDelay?.Dispose();
        writing.Dispose();
    }

    private async Task FlushAsync()
    {
        if (pending is { } snapshot)
        {
            CancelPending();
            await WriteAsync(snapshot);
        }
    }

    private async Task SaveLaterAsync((DraftInputs, int, long) snapshot, CancellationToken ct)
    {
        try
        {
            await Task.Delay(SaveDelay, ct);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await WriteAsync(snapshot);
    }

    private void CancelPending()
    {
        pendingDelay?.Cancel();
        pending = null;
    }

    private async Task WriteAsync((DraftInputs Inputs, int Step, long Sequence) snapshot)
    {
        await writing.WaitAsync();
        try
        {
            if (snapshot.Sequence <= written || userId is null)
            {
                return;
            }

            await drafts.SaveAsync(userId, snapshot.Step, snapshot.Inputs, CancellationToken.None);
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
            logger.LogError(ex, "Could not save the onboarding draft of user {UserId}", userId);
            SetProblem("Your latest changes could not be saved just now. Keep going: they are saved again with your next change.");
        }
        finally
        {
            writing.Release();
        }
    }

    private void SetProblem(string? problem)
    {
        if (problem != SaveProblem)
        {
            SaveProblem = problem;
            SaveProblemChanged?.Invoke();
        }
    }

    private async Task<Guid?> FinishedPersonaAsync(string user, Guid jobId, CancellationToken ct)
    {
        try
        {
            var job = await jobs.GetAsync(user, jobId, ct);
            return job.Status == JobStatus.Succeeded ? job.PersonaId : null;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private string RequireUser() => userId ?? throw new InvalidOperationException("Open the wizard first.");
}

/// <summary>What opening the wizard found.</summary>
/// <param name="NotFound">The persona to regenerate does not exist or is someone else's; nothing was loaded.</param>
/// <param name="RegeneratingName">The persona being regenerated, when it is a regeneration.</param>
/// <param name="FinishedPersonaId">A generation started from the saved draft finished while the user was away.</param>
/// <param name="ActiveJob">A generation of this user still running.</param>
public sealed record WizardOpening(bool NotFound, string? RegeneratingName, Guid? FinishedPersonaId, JobSnapshot? ActiveJob);

using Alwrity.Domain.Ai;
using Alwrity.Domain.Errors;
using Alwrity.Domain.Onboarding.Drafts;
using Alwrity.Domain.Personas;
using Alwrity.Domain.Personas.Jobs;

namespace Alwrity.Web.Onboarding;

/// <summary>
/// The wizard of one circuit: its inputs, the current step, the engines on offer, and their saved copy (saved at
/// once when a step is completed and shortly after typing stops, through <see cref="DraftAutosave"/>).
/// </summary>
public sealed class OnboardingWizardState(
    OnboardingDraftStore drafts, DraftAutosave autosave, RegenerationInputs regeneration, AiEngineCatalog engines, GenerationJobService jobs)
{
    private string? userId;

    public OnboardingForm Form { get; private set; } = new();
    public int Step { get; private set; }
    public AiEngineChoices Choices { get; private set; } = new(null, null);

    /// <summary>Why the latest save failed, for the page to show; null when saved.</summary>
    public string? SaveProblem => autosave.Problem;

    /// <summary>Raised (possibly off the render thread) when <see cref="SaveProblem"/> changes.</summary>
    public event Action? SaveProblemChanged
    {
        add => autosave.ProblemChanged += value;
        remove => autosave.ProblemChanged -= value;
    }

    /// <summary>Loads the user's saved wizard, or a persona's inputs to regenerate it, and reports what was found.</summary>
    /// <param name="replaceUnfinished">
    /// False: when regenerating would overwrite an unfinished draft for something else, nothing is replaced and the
    /// opening reports it (<see cref="WizardOpening.Unfinished"/>) so the user can choose. True: replace it.
    /// </param>
    public async Task<WizardOpening> OpenAsync(string user, Guid? regenerate, CancellationToken ct, bool replaceUnfinished = false)
    {
        await autosave.FlushAsync();
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
        if ((regenerate ?? saved?.Inputs.PersonaId) is { } personaId)
        {
            try
            {
                if (saved?.Inputs.PersonaId == personaId)
                {
                    regenerating = await regeneration.NameAsync(user, personaId, ct);
                }
                else
                {
                    if (!replaceUnfinished && saved is not null && HasWork(saved.Inputs))
                    {
                        // Only the name is needed to ask; the persona's inputs and samples are read once the user says replace.
                        return new WizardOpening(false, await regeneration.NameAsync(user, personaId, ct), null, null)
                        {
                            Unfinished = new UnfinishedDraft(saved.Inputs.Words.Total, saved.UpdatedUtc,
                                saved.Inputs.PersonaId is { } other ? await NameOrNullAsync(user, other, ct) : null),
                        };
                    }

                    var source = await regeneration.LoadAsync(user, personaId, ct);
                    regenerating = source.PersonaName;
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
        var latest = await jobs.LatestAsync(user, ct);
        var active = latest is not null && JobStatus.IsActive(latest.Status) ? latest : null;
        Step = active is not null ? WizardSteps.Generate : Math.Clamp(saved?.Step ?? WizardSteps.Engine, WizardSteps.Engine, WizardSteps.Generate);
        return new WizardOpening(false, regenerating, finished, active);
    }

    private static bool HasWork(DraftInputs inputs) =>
        inputs.Words.Total > 0 || !string.IsNullOrWhiteSpace(inputs.Industry) || !string.IsNullOrWhiteSpace(inputs.Audience)
        || !string.IsNullOrWhiteSpace(inputs.Goals) || inputs.BrandValues.Count > 0 || inputs.AvoidWords.Count > 0;

    private async Task<string?> NameOrNullAsync(string user, Guid personaId, CancellationToken ct)
    {
        try
        {
            return await regeneration.NameAsync(user, personaId, ct);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    public async Task RefreshChoicesAsync(CancellationToken ct) => Choices = await engines.DescribeAsync(RequireUser(), ct);

    /// <summary>Saves the inputs as they are now, once typing has paused.</summary>
    public void ScheduleSave() => autosave.Schedule(RequireUser(), Step, Form.ToDraft());

    /// <summary>Moves to <paramref name="step"/> and saves at once.</summary>
    public Task SaveNowAsync(int step)
    {
        Step = step;
        return autosave.SaveNowAsync(RequireUser(), step, Form.ToDraft());
    }

    /// <summary>Forgets everything entered (and the saved copy) and starts again at the first step.</summary>
    public async Task StartOverAsync(CancellationToken ct)
    {
        await ClearAsync(ct);
        Form = new OnboardingForm { Engine = Choices.Suggested };
        Step = WizardSteps.Engine;
    }

    /// <summary>Deletes the saved copy; after a generation succeeded the draft has done its job.</summary>
    public Task ClearAsync(CancellationToken ct)
    {
        autosave.Forget();
        return drafts.ClearAsync(RequireUser(), ct);
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
public sealed record WizardOpening(bool NotFound, string? RegeneratingName, Guid? FinishedPersonaId, JobSnapshot? ActiveJob)
{
    /// <summary>An unfinished draft that opening "regenerate" would replace; nothing was replaced yet.</summary>
    public UnfinishedDraft? Unfinished { get; init; }
}

/// <summary>What the user had entered in a draft for something else: words, when it was saved, and the persona it regenerates (null for a new one).</summary>
public sealed record UnfinishedDraft(int Words, DateTime SavedUtc, string? RegeneratingName);

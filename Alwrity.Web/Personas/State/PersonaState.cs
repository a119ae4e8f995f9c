using Alwrity.Domain.Errors;
using Alwrity.Domain.Personas;
using Alwrity.Domain.Personas.Jobs;
using Alwrity.Domain.Personas.Store;
using Alwrity.Web.Accounts;
using Microsoft.AspNetCore.Components.Authorization;

namespace Alwrity.Web.Personas.State;

/// <summary>
/// Per-circuit owner of the <see cref="PersonaContext"/>: loads the signed-in user's personas, switches between
/// them, and refreshes when a version is saved or a persona deleted anywhere (another tab too) or a generation
/// moves. Versions already read are kept, so switching back reloads nothing. Components read the cascaded
/// context and change it only through this service.
/// </summary>
public sealed partial class PersonaState : IDisposable
{
    private readonly PersonaReader reader;
    private readonly PersonaEditor editor;
    private readonly AuthenticationStateProvider auth;
    private readonly PersonaChangeNotifications personaChanges;
    private readonly JobNotifications jobChanges;
    private readonly GenerationJobService jobs;
    private readonly ILogger<PersonaState> logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<(Guid, int), PersonaContext> read = [];
    private PersonaCaller? caller;
    private bool loaded;

    public PersonaState(
        PersonaReader reader, PersonaEditor editor, AuthenticationStateProvider auth, PersonaChangeNotifications personaChanges,
        JobNotifications jobChanges, GenerationJobService jobs, ILogger<PersonaState> logger)
    {
        (this.reader, this.editor, this.auth, this.personaChanges, this.jobChanges, this.jobs, this.logger) =
            (reader, editor, auth, personaChanges, jobChanges, jobs, logger);
        personaChanges.Changed += OnPersonaChanged;
        jobChanges.JobChanged += OnJobChanged;
    }

    /// <summary>The persona being worked with, or null when the user has none (or is not signed in).</summary>
    public PersonaContext? Current { get; private set; }

    /// <summary>The user's own personas, most recently changed first.</summary>
    public IReadOnlyList<PersonaSummary> Personas { get; private set; } = [];

    /// <summary>The user's generation while it is queued or running; the last one once it ended, until dismissed.</summary>
    public JobSnapshot? LatestJob { get; private set; }

    public bool IsLoaded => loaded;

    /// <summary>Raised (on any thread) after <see cref="Current"/>, <see cref="Personas"/> or <see cref="LatestJob"/> changed.</summary>
    public event Action? Changed;

    /// <summary>Loads the user's personas and picks the most recent one, once per circuit.</summary>
    public async Task EnsureLoadedAsync(CancellationToken cancellationToken = default)
    {
        if (loaded)
        {
            return;
        }

        var loadedNow = false;
        await WithGateAsync(async () =>
        {
            if (!loaded && await CallerAsync() is { } who)
            {
                Personas = await reader.ListForUserAsync(who, who.UserId, cancellationToken);
                LatestJob = await jobs.LatestAsync(who.UserId, cancellationToken);
                if (Current is null && Personas.Count > 0)
                {
                    await TryLoadAsync(who, Personas[0].PersonaId, Personas[0].CurrentVersion, cancellationToken);
                }

                (loaded, loadedNow) = (true, true);
            }
        });
        if (loadedNow)
        {
            Changed?.Invoke();
        }
    }

    /// <summary>Makes <paramref name="personaId"/> current. False when it doesn't exist or isn't the user's to see.</summary>
    public async Task<bool> SelectAsync(Guid personaId, CancellationToken cancellationToken = default)
    {
        await EnsureLoadedAsync(cancellationToken);
        var found = false;
        var before = Current;
        await WithGateAsync(async () =>
        {
            if (await CallerAsync() is { } who)
            {
                var known = Personas.FirstOrDefault(p => p.PersonaId == personaId)?.CurrentVersion;
                found = Current?.PersonaId == personaId && (known is null || known == Current.Version)
                    || await TryLoadAsync(who, personaId, known, cancellationToken);
            }
        });
        if (!ReferenceEquals(before, Current))
        {
            Changed?.Invoke();
        }

        return found;
    }

    /// <summary>Takes a version this circuit just saved (an edit, a restore) without reading it again.</summary>
    public async Task ApplyAsync(PersonaDocument document, CancellationToken cancellationToken = default)
    {
        await WithGateAsync(async () =>
        {
            Remember(PersonaContext.From(document, isOwn: true));
            if (await CallerAsync() is { } who)
            {
                Personas = await reader.ListForUserAsync(who, who.UserId, cancellationToken);
            }
        });
        Changed?.Invoke();
    }

    /// <summary>Reads the list again, and the current persona when its version moved or it was deleted.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await WithGateAsync(async () =>
        {
            if (await CallerAsync() is not { } who)
            {
                return;
            }

            Personas = await reader.ListForUserAsync(who, who.UserId, cancellationToken);
            var head = Current is null ? null : Personas.FirstOrDefault(p => p.PersonaId == Current.PersonaId);
            if (Current is not null && head is null && Current.IsOwn)
            {
                Current = null;
            }

            var target = head ?? (Current is null ? Personas.FirstOrDefault() : null);
            if (target is not null && target.CurrentVersion != Current?.Version)
            {
                await TryLoadAsync(who, target.PersonaId, target.CurrentVersion, cancellationToken);
            }
        });
        Changed?.Invoke();
    }

    /// <summary>Forgets an ended generation so its message stops showing.</summary>
    public void DismissJob()
    {
        if (LatestJob is not null && !JobStatus.IsActive(LatestJob.Status))
        {
            LatestJob = null;
            Changed?.Invoke();
        }
    }

    private async Task<bool> TryLoadAsync(PersonaCaller who, Guid personaId, int? version, CancellationToken cancellationToken)
    {
        if (version is { } v && read.TryGetValue((personaId, v), out var known))
        {
            Current = known;
            return true;
        }

        try
        {
            var document = await reader.GetAsync(who, personaId, cancellationToken);
            Remember(PersonaContext.From(document, Personas.Any(p => p.PersonaId == personaId)));
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private void Remember(PersonaContext context)
    {
        read[(context.PersonaId, context.Version)] = context;
        Current = context;
    }

    private async Task<PersonaCaller?> CallerAsync()
    {
        if (caller is null)
        {
            var user = (await auth.GetAuthenticationStateAsync()).User;
            caller = user.GetUserId() is null ? null : user.ToPersonaCaller();
        }

        return caller;
    }

    private async Task WithGateAsync(Func<Task> work)
    {
        await gate.WaitAsync();
        try
        {
            await work();
        }
        finally
        {
            gate.Release();
        }
    }
}

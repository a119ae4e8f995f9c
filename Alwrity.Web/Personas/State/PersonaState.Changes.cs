using System.Text.Json.Nodes;
using Alwrity.Domain.Errors;
using Alwrity.Domain.Personas.Store;

namespace Alwrity.Web.Personas.State;

/// <summary>The owner's changes to the current persona. Each one is stored as a new version and becomes current.</summary>
public sealed partial class PersonaState
{
    /// <summary>Who is signed in, as persona reads and changes need it.</summary>
    public async Task<PersonaCaller> RequireCallerAsync() =>
        await CallerAsync() ?? throw new UnauthorizedAccessException("Sign in to work with personas.");

    /// <summary>
    /// Sets one qualitative field (null goes back to the generated value) as a new version of the current persona.
    /// A version saved meanwhile elsewhere throws <see cref="ConflictException"/> after the newer one is loaded.
    /// </summary>
    public async Task<PersonaDocument> EditAsync(string path, JsonNode? value, CancellationToken cancellationToken = default)
    {
        var current = RequireCurrent();
        var patch = new PersonaPatch(current.Version, new JsonObject { [path] = value });
        return await ChangeAsync(who => editor.ApplyAsync(who, current.PersonaId, patch, cancellationToken), cancellationToken);
    }

    /// <summary>Makes an old version of the current persona current again, as a new version.</summary>
    public Task<PersonaDocument> RestoreAsync(int version, CancellationToken cancellationToken = default)
    {
        var current = RequireCurrent();
        return ChangeAsync(who => editor.RestoreAsync(who, current.PersonaId, version, cancellationToken), cancellationToken);
    }

    /// <summary>Deletes the current persona; the next most recent one (if any) becomes current.</summary>
    public async Task DeleteCurrentAsync(CancellationToken cancellationToken = default)
    {
        var current = RequireCurrent();
        await editor.DeleteAsync(await RequireCallerAsync(), current.PersonaId, cancellationToken);
        await WithGateAsync(() =>
        {
            foreach (var key in read.Keys.Where(k => k.Item1 == current.PersonaId).ToList())
            {
                read.Remove(key);
            }

            Current = null;
            return Task.CompletedTask;
        });
        await RefreshAsync(cancellationToken);
    }

    private async Task<PersonaDocument> ChangeAsync(Func<PersonaCaller, Task<PersonaDocument>> change, CancellationToken cancellationToken)
    {
        try
        {
            var document = await change(await RequireCallerAsync());
            await ApplyAsync(document, cancellationToken);
            return document;
        }
        catch (ConflictException)
        {
            await RefreshAsync(cancellationToken);
            throw;
        }
    }

    private PersonaContext RequireCurrent() =>
        Current is { IsOwn: true } current ? current : throw new InvalidOperationException("Open one of your personas first.");
}

using Alwrity.Domain.Errors;
using Alwrity.Domain.Personas.Store;

namespace Alwrity.Web.Personas.State;

/// <summary>The source texts behind a persona, read once per circuit for evidence in context and the pictures.</summary>
public sealed partial class PersonaState
{
    private readonly Dictionary<Guid, (string Sources, PersonaWriting Writing)> writing = [];

    /// <summary>
    /// The writing <paramref name="persona"/> was measured from. Source ids come from the texts' content, so the
    /// texts are read again only when a regeneration measured different writing, not after edits or restores.
    /// </summary>
    public async Task<PersonaWriting> WritingAsync(PersonaContext persona, PersonaSources sources, CancellationToken cancellationToken = default)
    {
        var key = string.Join('\n', persona.Core.DataSufficiency.Sources.Select(s => s.Id));
        if (writing.TryGetValue(persona.PersonaId, out var known) && known.Sources == key)
        {
            return known.Writing;
        }

        try
        {
            var loaded = PersonaWriting.From(await sources.ListAsync(await RequireCallerAsync(), persona.PersonaId, cancellationToken));
            writing[persona.PersonaId] = (key, loaded);
            return loaded;
        }
        catch (NotFoundException)
        {
            return PersonaWriting.None;
        }
    }
}

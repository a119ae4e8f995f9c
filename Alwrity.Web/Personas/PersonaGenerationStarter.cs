using System.Text.Json;
using Alwrity.Domain.Onboarding.Files;
using Alwrity.Domain.Personas;
using Alwrity.Domain.Personas.Generation;
using Alwrity.Domain.Personas.Jobs;
using Alwrity.Domain.Platforms;

namespace Alwrity.Web.Personas;

/// <summary>Starts a generation the same way for the API and the onboarding page: validate, check ownership, queue.</summary>
public sealed class PersonaGenerationStarter(
    GenerationJobService jobs, PlatformStrategies strategies, PersonaOwnership ownership, IFileTextExtractor files)
{
    public async Task<JobSnapshot> StartAsync(string userId, GeneratePersonaRequest body, CancellationToken cancellationToken)
    {
        var request = RequestValidation.Normalize(body, strategies, files.AcceptedExtensions);
        if (request.PersonaId is { } personaId)
        {
            await ownership.EnsureOwnedAsync(userId, personaId, cancellationToken);
        }

        return await jobs.EnqueueAsync(userId, JsonSerializer.Serialize(request, PersonaJson.Options), request.PersonaId, cancellationToken);
    }
}

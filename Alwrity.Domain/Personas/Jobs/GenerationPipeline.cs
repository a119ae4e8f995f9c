using System.Text.Json;
using Alwrity.Domain.Personas.Generation;

namespace Alwrity.Domain.Personas.Jobs;

/// <summary>The job's pipeline: generate from the stored request, then store a new version (one transaction).</summary>
public sealed class GenerationPipeline(PersonaGenerator generator, GeneratedPersonaStore store) : IPersonaGenerationPipeline
{
    public async Task<Guid> RunAsync(GenerationJob job, IJobReporter reporter, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<GeneratePersonaRequest>(job.RequestJson, PersonaJson.Options)
            ?? throw new InvalidOperationException("The job has no request.");
        var generated = await generator.GenerateAsync(job.UserId, request, reporter, cancellationToken);
        await reporter.ReportAsync(JobStages.Storing, null, cancellationToken);
        return await store.SaveAsync(job.UserId, job.PersonaId ?? request.PersonaId, request, generated, "generated", cancellationToken);
    }
}

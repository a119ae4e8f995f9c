namespace Alwrity.Domain.Personas.Jobs;

/// <summary>
/// Turns one job's request into a stored persona version and returns the persona id. Must be safe to run
/// again from the start after an interruption: it writes nothing until its final, single transaction.
/// </summary>
public interface IPersonaGenerationPipeline
{
    Task<Guid> RunAsync(GenerationJob job, IJobReporter reporter, CancellationToken cancellationToken);
}

using Alwrity.Domain.Data;

namespace Alwrity.Domain.Personas;

/// <summary>
/// A durable persona generation (table <c>generation_jobs</c>). The row is the job: a worker claims it
/// with a lease, reports stage and progress, and finishes it. A filtered unique index allows one active
/// job per user; an expired lease lets another instance resume or fail it after a crash.
/// </summary>
public sealed class GenerationJob : IHasConcurrencyStamp
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string UserId { get; set; }

    /// <summary>queued, running, succeeded, failed, cancelled (see <see cref="JobStatus"/>).</summary>
    public string Status { get; set; } = JobStatus.Queued;
    public string Stage { get; set; } = "queued";
    public int Progress { get; set; }
    public required string RequestJson { get; set; }

    /// <summary>Set when regenerating an existing persona; set on success otherwise.</summary>
    public Guid? PersonaId { get; set; }
    public string? Error { get; set; }
    public bool CancelRequested { get; set; }
    public int Attempts { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresUtc { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime? StartedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

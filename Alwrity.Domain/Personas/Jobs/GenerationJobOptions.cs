namespace Alwrity.Domain.Personas.Jobs;

/// <summary>How durable generation jobs are claimed and kept alive (section "Jobs").</summary>
public sealed class GenerationJobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>How long a claim lasts without a heartbeat; after that another instance may take the job over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the worker renews its lease while a job runs.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the worker looks for queued or abandoned jobs when nothing woke it up.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A job interrupted this many times (crash, restart) is failed instead of being tried again.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Jobs run at once by one instance.</summary>
    public int Concurrency { get; set; } = 2;

    /// <summary>Off in tests that drive jobs by hand.</summary>
    public bool RunWorker { get; set; } = true;
}

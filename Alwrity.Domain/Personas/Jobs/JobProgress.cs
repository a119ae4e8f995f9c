namespace Alwrity.Domain.Personas.Jobs;

/// <summary>The pipeline's stages in order, with the progress each one starts at.</summary>
public static class JobStages
{
    public const string Queued = "queued";
    public const string Collecting = "collecting";
    public const string Measuring = "measuring";
    public const string CorePersona = "core-persona";
    public const string Platforms = "adapting-platforms";
    public const string Validating = "validating";
    public const string Storing = "storing";
    public const string Done = "done";

    public static int StartProgress(string stage) => stage switch
    {
        Collecting => 5,
        Measuring => 20,
        CorePersona => 35,
        Platforms => 60,
        Validating => 85,
        Storing => 95,
        Done => 100,
        _ => 0,
    };

    /// <summary>Words for people: what the job is doing now.</summary>
    public static string Describe(string stage) => stage switch
    {
        Queued => "Waiting to start",
        Collecting => "Collecting your writing",
        Measuring => "Measuring your style",
        CorePersona => "Writing your core persona",
        Platforms => "Adapting for each platform",
        Validating => "Checking quality and evidence",
        Storing => "Saving a new version",
        Done => "Done",
        _ => stage,
    };
}

/// <summary>A snapshot of a job, as the API and the UI show it.</summary>
public sealed record JobSnapshot(
    Guid JobId,
    string Status,
    string Stage,
    string StageDescription,
    int Progress,
    Guid? PersonaId,
    string? Error,
    DateTime CreatedUtc,
    DateTime? FinishedUtc);

/// <summary>What a running pipeline tells its job: the stage it reached and how far along it is.</summary>
public interface IJobReporter
{
    Task ReportAsync(string stage, int? progress, CancellationToken cancellationToken);
}

namespace Alwrity.Domain.Personas;

/// <summary>The states of a <see cref="GenerationJob"/>, stored as these exact lower-case words.</summary>
public static class JobStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static bool IsActive(string status) => status is Queued or Running;
}

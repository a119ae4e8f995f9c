namespace Alwrity.Domain.Ai;

/// <summary>Tests a key (or the server's provider) with one tiny call, before the key is saved.</summary>
public interface IModelProbe
{
    /// <param name="credentials">The key to test; null tests the server's configured provider.</param>
    Task<ModelProbeResult> ProbeAsync(AiCredentials? credentials, CancellationToken ct);
}

/// <summary>Whether the probe worked, with a message a user can act on ("Gemini rejected the key (401)").</summary>
public sealed record ModelProbeResult(bool Ok, string Message, string Provider, string? Model, long LatencyMs);

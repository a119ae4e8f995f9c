namespace Alwrity.Domain.Errors;

/// <summary>The request clashes with the current state (e.g. a generation is already running, or a stale edit).</summary>
public sealed class ConflictException(string message) : Exception(message);

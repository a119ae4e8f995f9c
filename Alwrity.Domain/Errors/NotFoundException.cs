namespace Alwrity.Domain.Errors;

/// <summary>The record does not exist, or belongs to someone else (both answer 404, so ids can't be probed).</summary>
public sealed class NotFoundException(string message) : Exception(message);

namespace Alwrity.Domain.Onboarding;

/// <summary>
/// One piece of the user's own writing with its provenance (table <c>writing_samples</c>):
/// pasted text, an uploaded file, or a page of their website. Evidence cites these ids.
/// </summary>
public sealed class WritingSample
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string UserId { get; set; }
    public Guid? PersonaId { get; set; }
    public Guid? JobId { get; set; }

    /// <summary>The id evidence uses to cite this text (derived from its content; see CollectedText).</summary>
    public string? SourceKey { get; set; }

    /// <summary>pasted, file, web.</summary>
    public required string Kind { get; set; }
    public required string Title { get; set; }

    /// <summary>File name or page URL.</summary>
    public string? Source { get; set; }
    public required string Text { get; set; }
    public int WordCount { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
}

using Alwrity.Domain.Data;

namespace Alwrity.Domain.Onboarding;

/// <summary>
/// The onboarding wizard's saved progress (table <c>onboarding_drafts</c>), one row per user, so a
/// dropped connection or a closed tab loses nothing.
/// </summary>
public sealed class OnboardingDraft : IHasConcurrencyStamp
{
    public required string UserId { get; set; }
    public int Step { get; set; }
    public string DataJson { get; set; } = "{}";
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

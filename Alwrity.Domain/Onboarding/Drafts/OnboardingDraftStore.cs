using System.Text.Json;
using System.Text.RegularExpressions;
using Alwrity.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Alwrity.Domain.Onboarding.Drafts;

/// <summary>
/// The wizard's saved progress, one row per user in <c>onboarding_drafts</c>. Each call uses its own short-lived
/// context; when tabs save at once every save succeeds and the last one written is kept (the row only ever holds
/// one user's latest state).
/// </summary>
public sealed partial class OnboardingDraftStore(IDbContextFactory<AlwrityDbContext> dbFactory, ILogger<OnboardingDraftStore> logger)
{
    /// <summary>Largest draft kept, in characters of JSON (about 50 long samples).</summary>
    public const int MaxJsonChars = 12_000_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SavedDraft?> LoadAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.OnboardingDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.UserId == userId, ct);
        if (row is null)
        {
            return null;
        }

        try
        {
            var inputs = JsonSerializer.Deserialize<DraftInputs>(row.DataJson, Json) ?? new DraftInputs();
            return new SavedDraft(row.Step, inputs, row.UpdatedUtc);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "The onboarding draft of user {UserId} cannot be read; starting afresh.", userId);
            return null;
        }
    }

    /// <exception cref="OnboardingInputException">The draft is larger than <see cref="MaxJsonChars"/>.</exception>
    public async Task SaveAsync(string userId, int step, DraftInputs inputs, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var json = WithoutNulCharacters(JsonSerializer.Serialize(inputs, Json));
        if (json.Length > MaxJsonChars)
        {
            throw new OnboardingInputException("too-large",
                $"Your progress is too large to save ({json.Length / 1_000_000d:0.#} million characters; the most is {MaxJsonChars / 1_000_000} million). Remove some samples or files.");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await UpsertAsync(userId, Math.Max(0, step), json, ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another tab created the row in between: the next attempt overwrites it.
            }
        }
    }

    /// <summary>Forgets the user's draft; true when there was one.</summary>
    public async Task<bool> ClearAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.OnboardingDrafts.Where(d => d.UserId == userId).ExecuteDeleteAsync(ct) > 0;
    }

    /// <summary>
    /// Overwrites the row in one statement (no read first, so no stale concurrency stamp); creates it when there is
    /// none. When another tab creates it between the two, the insert fails and the caller's next attempt updates.
    /// </summary>
    private async Task UpsertAsync(string userId, int step, string json, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = DateTime.UtcNow;
        var updated = await db.OnboardingDrafts.Where(d => d.UserId == userId).ExecuteUpdateAsync(set => set
            .SetProperty(d => d.Step, step)
            .SetProperty(d => d.DataJson, json)
            .SetProperty(d => d.UpdatedUtc, now)
            .SetProperty(d => d.ConcurrencyStamp, Guid.NewGuid()), ct);
        if (updated == 0)
        {
            db.OnboardingDrafts.Add(new OnboardingDraft { UserId = userId, Step = step, DataJson = json, UpdatedUtc = now });
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>PostgreSQL's jsonb refuses the NUL character; it is never part of anyone's writing, so drop it.</summary>
    private static string WithoutNulCharacters(string json) =>
        json.Contains("\\u0000", StringComparison.Ordinal) ? EscapedNul().Replace(json, "$1") : json;

    [GeneratedRegex(@"(?<!\\)((?:\\\\)*)\\u0000")]
    private static partial Regex EscapedNul();
}

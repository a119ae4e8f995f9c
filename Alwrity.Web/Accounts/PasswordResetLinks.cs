using System.Collections.Concurrent;

namespace Alwrity.Web.Accounts;

/// <summary>
/// With no mail server configured, password-reset links are logged and, in development, shown on the
/// confirmation page. Links are kept in memory for a few minutes only.
/// </summary>
public sealed class PasswordResetLinks(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (string Link, DateTimeOffset At)> links = new(StringComparer.OrdinalIgnoreCase);

    public void Remember(string email, string link) => links[email] = (link, clock.GetUtcNow());

    public string? TakeRecent(string email)
    {
        if (links.TryRemove(email, out var entry) && clock.GetUtcNow() - entry.At < TimeSpan.FromMinutes(10))
        {
            return entry.Link;
        }

        return null;
    }
}

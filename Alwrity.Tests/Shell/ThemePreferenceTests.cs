using Alwrity.Domain.Accounts;
using Alwrity.Tests.TestSupport;
using Alwrity.Web.Shell;

namespace Alwrity.Tests.Shell;

public sealed class ThemePreferenceTests
{
    [Theory, DatabaseProviders]
    public async Task A_users_theme_choice_is_remembered_and_nonsense_is_refused(string provider)
    {
        await using var data = await MigratedDatabase.CreateAsync(provider);
        string userId;
        await using (var db = await data.ContextAsync())
        {
            var user = new ApplicationUser { UserName = "theme@example.com" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            userId = user.Id;
        }

        var themes = new ThemePreferences(data.Factory);
        var before = await themes.GetAsync(userId, CancellationToken.None);
        await themes.SaveAsync(userId, "dark", CancellationToken.None);

        Assert.Equal("system", before);
        Assert.Equal("dark", await new ThemePreferences(data.Factory).GetAsync(userId, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => themes.SaveAsync(userId, "neon", CancellationToken.None));
    }
}

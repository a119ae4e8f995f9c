using System.Net;
using Alwrity.Tests.TestSupport;

namespace Alwrity.Tests.Accounts;

/// <summary>The whole app with Database:Provider = PostgreSQL: migrations, sign-up, tokens, health.</summary>
public sealed class PostgresAppTests
{
    [PostgresFact]
    public async Task The_app_runs_on_postgresql_from_migration_to_signed_in_api_calls()
    {
        await using var app = new AlwrityAppFactory(TestDatabase.CreatePostgres());
        var (client, email) = await app.NewSignedInUserAsync();

        var me = await (await client.GetAsync("/api/me")).JsonAsync();
        var health = await app.CreateClient().GetAsync("/health");

        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}

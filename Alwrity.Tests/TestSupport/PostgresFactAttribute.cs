namespace Alwrity.Tests.TestSupport;

/// <summary>
/// A test that needs the real PostgreSQL server. Skipped with a reason when none is configured locally;
/// under .ci/run (ALWRITY_REQUIRE_POSTGRES=1) it always runs, so CI can never skip it silently.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null && Environment.GetEnvironmentVariable("ALWRITY_REQUIRE_POSTGRES") != "1")
        {
            Skip = "No PostgreSQL server: set ALWRITY_TEST_POSTGRES or run `bash .ci/run`.";
        }
    }
}

/// <summary>Supplies "Sqlite" always and "PostgreSQL" when a server is configured (or required by CI).</summary>
public sealed class DatabaseProvidersAttribute : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod)
    {
        yield return ["Sqlite"];
        if (TestDatabase.PostgresServer is not null || Environment.GetEnvironmentVariable("ALWRITY_REQUIRE_POSTGRES") == "1")
        {
            yield return ["PostgreSQL"];
        }
    }
}

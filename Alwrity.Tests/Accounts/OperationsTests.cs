using System.Net;
using Alwrity.Tests.TestSupport;

namespace Alwrity.Tests.Accounts;

public sealed class OperationsTests(OperationsTests.App app) : IClassFixture<OperationsTests.App>
{
    public sealed class App : AlwrityAppFactory;

    [Fact]
    public async Task Health_reports_the_database_as_healthy()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_openapi_document_lists_the_account_endpoints()
    {
        var doc = await (await app.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();

        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/auth/register", out _));
        Assert.True(paths.TryGetProperty("/api/auth/token", out _));
        Assert.True(paths.TryGetProperty("/api/me", out _));
    }

    [Fact]
    public async Task Interactive_api_docs_are_served()
    {
        var response = await app.CreateClient().GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Alwrity API", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_page_shows_the_friendly_404()
    {
        var response = await app.CreateClient().GetAsync("/this/does/not/exist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("find that page", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_problem_details_404()
    {
        var response = await app.CreateClient().GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

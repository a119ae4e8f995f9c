using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Alwrity.Domain.Accounts;
using Alwrity.Tests.TestSupport;
using Alwrity.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Accounts;

public sealed class AuthApiTests(AuthApiTests.App app) : IClassFixture<AuthApiTests.App>
{
    public sealed class App : AlwrityAppFactory;

    [Fact]
    public async Task A_new_user_registers_gets_a_token_and_sees_themselves_as_a_marketer()
    {
        var (client, email) = await app.NewSignedInUserAsync();

        var me = await (await client.GetAsync("/api/me")).JsonAsync();

        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.False(string.IsNullOrEmpty(me.GetProperty("id").GetString()));
        Assert.Equal(["Marketer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
    }

    [Fact]
    public async Task The_token_answer_has_the_documented_shape()
    {
        var client = app.CreateClient();
        var email = $"shape-{Guid.NewGuid():N}@example.com";
        await client.RegisterAsync(email);

        var body = await (await client.PostAsJsonAsync("/api/auth/token", new { email, password = ApiClientExtensions.StrongPassword })).JsonAsync();

        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.Equal(3600, body.GetProperty("expiresIn").GetInt32());
        Assert.Equal(3, body.GetProperty("accessToken").GetString()!.Split('.').Length);
    }

    [Fact]
    public async Task Me_without_a_token_is_401_problem_details()
    {
        var response = await app.CreateClient().GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_admin_from_configuration_exists_with_both_roles()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await client.TokenAsync(AlwrityAppFactory.AdminEmail, AlwrityAppFactory.AdminPassword));

        var roles = (await (await client.GetAsync("/api/me")).JsonAsync()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList();

        Assert.Contains("Admin", roles);
        Assert.Contains("Marketer", roles);
    }

    [Theory]
    [InlineData("not-an-email", ApiClientExtensions.StrongPassword, "email")]
    [InlineData("weak@example.com", "short", "password")]
    [InlineData("weak2@example.com", "alllowercaseletters", "password")]
    public async Task Weak_or_malformed_registration_is_a_validation_problem_naming_the_field(string email, string password, string field)
    {
        var response = await app.CreateClient().RegisterAsync(email, password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages));
        Assert.NotEmpty(messages.EnumerateArray());
    }

    [Fact]
    public async Task Registering_the_same_email_twice_is_refused_and_keeps_the_first_account()
    {
        var client = app.CreateClient();
        var email = $"dup-{Guid.NewGuid():N}@example.com";
        (await client.RegisterAsync(email)).EnsureSuccessStatusCode();

        var second = await client.RegisterAsync(email, "An0ther-Passw0rd!");

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("already exists", await second.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(await client.TokenAsync(email)));
    }

    [Fact]
    public async Task A_wrong_password_is_401_with_a_plain_message()
    {
        var client = app.CreateClient();
        var email = $"wrong-{Guid.NewGuid():N}@example.com";
        await client.RegisterAsync(email);

        var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password = "Not-The-Passw0rd!" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("The email or password is incorrect.", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password()
    {
        var client = app.CreateClient();
        var email = $"lock-{Guid.NewGuid():N}@example.com";
        await client.RegisterAsync(email);
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/token", new { email, password = "Wrong-Passw0rd!" });
        }

        var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password = ApiClientExtensions.StrongPassword });

        Assert.Equal((HttpStatusCode)423, response.StatusCode);
        Assert.Contains("Too many failed", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_a_reason()
    {
        var token = await IssueForNewUserAsync(TimeSpan.FromMinutes(-5));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("expired", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        var (client, _) = await app.NewSignedInUserAsync();
        var parts = client.DefaultRequestHeaders.Authorization!.Parameter!.Split('.');
        var forgedPayload = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"sub\":\"someone-else\",\"role\":\"Admin\",\"aud\":\"alwrity-api\",\"iss\":\"alwrity\",\"exp\":4102444800}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        client.DefaultRequestHeaders.Authorization = new("Bearer", $"{parts[0]}.{forgedPayload}.{parts[2]}");

        var response = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_413_problem_details_and_creates_nothing()
    {
        var email = $"big-{Guid.NewGuid():N}@example.com";
        var huge = new string('x', 3 * 1024 * 1024);
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = huge });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var scope = app.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email));
    }

    [Fact]
    public async Task Malformed_json_is_a_readable_400_not_a_stack_trace()
    {
        var response = await app.CreateClient().PostAsync("/api/auth/register",
            new StringContent("{\"email\": \"x@y.com\", ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("JSON", text);
        Assert.DoesNotContain("   at ", text);
    }

    private async Task<string> IssueForNewUserAsync(TimeSpan lifetime)
    {
        var email = $"exp-{Guid.NewGuid():N}@example.com";
        await app.CreateClient().RegisterAsync(email);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        return app.Services.GetRequiredService<JwtTokenIssuer>().Issue(user!, ["Marketer"], lifetime).AccessToken;
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Alwrity.Tests.TestSupport;

/// <summary>Sign up and sign in through the public API, the way an API client would.</summary>
public static class ApiClientExtensions
{
    public const string StrongPassword = "Str0ng-Passw0rd!";

    public static async Task<HttpResponseMessage> RegisterAsync(this HttpClient client, string email, string password = StrongPassword) =>
        await client.PostAsJsonAsync("/api/auth/register", new { email, password });

    public static async Task<string> TokenAsync(this HttpClient client, string email, string password = StrongPassword)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    /// <summary>A new user with a fresh email, and a client that sends their bearer token.</summary>
    public static async Task<(HttpClient Client, string Email)> NewSignedInUserAsync(this AlwrityAppFactory factory)
    {
        var email = $"user-{Guid.NewGuid():N}@example.com";
        var anonymous = factory.CreateClient();
        (await anonymous.RegisterAsync(email)).EnsureSuccessStatusCode();
        var token = await anonymous.TokenAsync(email);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (client, email);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}

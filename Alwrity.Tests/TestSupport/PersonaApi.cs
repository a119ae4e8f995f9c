using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Alwrity.Tests.TestSupport;

/// <summary>Drives persona generation through the public API: start a job, wait for it, read the persona.</summary>
public static class PersonaApi
{
    public static object Body(IEnumerable<(string Title, string Text)> samples, params string[] platforms) => new
    {
        samples = samples.Select(s => new { title = s.Title, text = s.Text }).ToArray(),
        websiteUrls = Array.Empty<string>(),
        profile = new { industry = "public policy", audience = "citizens and lawmakers", goals = "persuade", brandValues = new[] { "clarity", "union" }, avoidWords = new[] { "synergy" } },
        platforms = platforms.Length == 0 ? new[] { "linkedin", "facebook" } : platforms,
    };

    public static async Task<JsonElement> StartAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/personas/generate", body);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"generate answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> WaitAsync(HttpClient client, string jobId, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var job = await (await client.GetAsync($"/api/personas/jobs/{jobId}")).JsonAsync();
            var status = job.GetProperty("status").GetString();
            if (status is "succeeded" or "failed" or "cancelled")
            {
                return job;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Job {jobId} still {status} at stage {job.GetProperty("stage").GetString()}.");
            }

            await Task.Delay(150);
        }
    }

    public static async Task<JsonElement> GenerateAsync(HttpClient client, object body)
    {
        var job = await StartAsync(client, body);
        var done = await WaitAsync(client, job.GetProperty("jobId").GetString()!);
        Assert.True(done.GetProperty("status").GetString() == "succeeded", $"job ended {done}");
        var personaId = done.GetProperty("personaId").GetString();
        return await (await client.GetAsync($"/api/personas/{personaId}")).JsonAsync();
    }

    /// <summary>Papers by one Federalist author, as samples (the corpus is beside the repository).</summary>
    public static IEnumerable<(string Title, string Text)> Federalist(string author, int count)
    {
        var folder = SharedCorpora.Folder("federalist");
        return File.ReadAllLines(Path.Combine(folder, "authors.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(p => p[1] == author)
            .Take(count)
            .Select(p => ($"Federalist {p[0]}", File.ReadAllText(Path.Combine(folder, $"fed_{int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture):00}.txt"))));
    }
}

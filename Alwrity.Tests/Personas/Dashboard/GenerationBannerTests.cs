using Alwrity.Domain.Personas;
using Alwrity.Domain.Personas.Jobs;
using Alwrity.Tests.TestSupport;
using Alwrity.Web.Personas;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Personas.Dashboard;

/// <summary>A running generation shows its live stage everywhere; a failed one says why and offers to try again.</summary>
public sealed class GenerationBannerTests : PersonaComponentTest
{
    [Fact]
    public async Task A_running_generation_shows_its_stage_and_a_failure_shows_the_reason_and_a_retry_for_that_persona()
    {
        var personaId = await GenerateAsync(PersonaApi.Federalist("MADISON", 1));
        await State.EnsureLoadedAsync();
        var banner = Render<GenerationBanner>(p => p.Add(b => b.PersonaId, personaId));
        var jobs = Services.GetRequiredService<JobNotifications>();
        var jobId = Guid.NewGuid();

        await banner.InvokeAsync(() => jobs.Publish(UserId, Snapshot(jobId, personaId, JobStatus.Running, "Adapting for each platform", null)));
        banner.WaitForAssertion(() => Assert.Contains("Adapting for each platform", banner.Find("#generation-running").TextContent));

        await banner.InvokeAsync(() => jobs.Publish(UserId, Snapshot(jobId, personaId, JobStatus.Failed, "Failed", "Gemini rejected the key.")));
        banner.WaitForAssertion(() => Assert.Contains("Gemini rejected the key.", banner.Find("#generation-failed").TextContent));
        Assert.Contains($"/onboarding?regenerate={personaId}", banner.Find("#generation-failed a").GetAttribute("href"));
    }

    [Fact]
    public async Task Another_users_generation_never_shows()
    {
        await State.EnsureLoadedAsync();
        var banner = Render<GenerationBanner>();

        await banner.InvokeAsync(() => Services.GetRequiredService<JobNotifications>()
            .Publish("someone-else", Snapshot(Guid.NewGuid(), null, JobStatus.Failed, "Failed", "Their problem.")));

        Assert.Empty(banner.FindAll("#generation-failed"));
        Assert.DoesNotContain("Their problem", banner.Markup);
    }

    private static JobSnapshot Snapshot(Guid jobId, Guid? personaId, string status, string stage, string? error) =>
        new(jobId, status, stage, stage, status == JobStatus.Failed ? 100 : 60, personaId, error, DateTime.UtcNow, null);
}

using Alwrity.Domain.Errors;
using Alwrity.Domain.Personas;
using Alwrity.Domain.Personas.Jobs;
using Alwrity.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Tests.Personas.Jobs;

/// <summary>Generation jobs survive restarts, never run twice, and always end with a status a person can read.</summary>
public sealed class DurableJobTests
{
    private static readonly Guid PersonaId = Guid.NewGuid();

    [Theory, DatabaseProviders]
    public async Task A_queued_job_runs_once_even_when_two_instances_race_for_it(string provider)
    {
        await using var harness = await JobHarness.CreateAsync(provider, async (_, reporter, ct) =>
        {
            await reporter.ReportAsync(JobStages.Measuring, null, ct);
            await Task.Delay(300, ct);
            return PersonaId;
        });
        var user = await harness.AddUserAsync();
        var job = await harness.Jobs.EnqueueAsync(user, "{}", null, CancellationToken.None);

        var ran = await Task.WhenAll(harness.NewWorker().RunOnceAsync(CancellationToken.None), harness.NewWorker().RunOnceAsync(CancellationToken.None));

        Assert.Equal(1, ran.Count(r => r));
        Assert.Equal(1, harness.Pipeline.Runs);
        var done = await harness.Jobs.GetAsync(user, job.JobId, CancellationToken.None);
        Assert.Equal(JobStatus.Succeeded, done.Status);
        Assert.Equal(100, done.Progress);
        Assert.Equal(PersonaId, done.PersonaId);
    }

    [Theory, DatabaseProviders]
    public async Task A_job_left_running_by_a_crashed_instance_is_resumed_after_its_lease_expires(string provider)
    {
        await using var harness = await JobHarness.CreateAsync(provider, (_, _, _) => Task.FromResult(PersonaId));
        var user = await harness.AddUserAsync();
        var job = await harness.Jobs.EnqueueAsync(user, "{}", null, CancellationToken.None);
        await SimulateCrashAsync(harness, job.JobId, attempts: 1, leaseExpired: false);

        Assert.False(await harness.NewWorker().RunOnceAsync(CancellationToken.None));
        await SimulateCrashAsync(harness, job.JobId, attempts: 1, leaseExpired: true);
        Assert.True(await harness.NewWorker().RunOnceAsync(CancellationToken.None));

        var done = await harness.ReadAsync(job.JobId);
        Assert.Equal(JobStatus.Succeeded, done.Status);
        Assert.Equal(2, done.Attempts);
        Assert.Null(done.LeaseOwner);
    }

    [Theory, DatabaseProviders]
    public async Task A_job_interrupted_too_often_ends_failed_with_the_reason(string provider)
    {
        await using var harness = await JobHarness.CreateAsync(provider, (_, _, _) => Task.FromResult(PersonaId));
        var user = await harness.AddUserAsync();
        var job = await harness.Jobs.EnqueueAsync(user, "{}", null, CancellationToken.None);
        await SimulateCrashAsync(harness, job.JobId, attempts: harness.Options.MaxAttempts, leaseExpired: true);

        await harness.NewWorker().RunOnceAsync(CancellationToken.None);

        var done = await harness.Jobs.GetAsync(user, job.JobId, CancellationToken.None);
        Assert.Equal(JobStatus.Failed, done.Status);
        Assert.Contains("interrupted", done.Error);
        Assert.Equal(0, harness.Pipeline.Runs);
    }

    [Theory, DatabaseProviders]
    public async Task A_failing_pipeline_ends_the_job_failed_with_a_readable_error(string provider)
    {
        await using var harness = await JobHarness.CreateAsync(provider, (_, _, _) =>
            throw new InputValidationException("samples", "None of your sources contained any words to analyse."));
        var user = await harness.AddUserAsync();
        var job = await harness.Jobs.EnqueueAsync(user, "{}", null, CancellationToken.None);

        await harness.NewWorker().RunOnceAsync(CancellationToken.None);

        var done = await harness.Jobs.GetAsync(user, job.JobId, CancellationToken.None);
        Assert.Equal(JobStatus.Failed, done.Status);
        Assert.Equal("None of your sources contained any words to analyse.", done.Error);
        Assert.Equal(JobStatus.Queued, (await harness.Jobs.EnqueueAsync(user, "{}", null, CancellationToken.None)).Status);
    }

    [Theory, DatabaseProviders]
    public async Task Cancelling_a_running_job_stops_it_and_frees_the_user_to_start_again(string provider)
    {
        var started = new TaskCompletionSource();
        await using var harness = await JobHarness.CreateAsync(provider, async (_, reporter, ct) =>
        {
            await reporter.ReportAsync(JobStages.CorePersona, null, ct);
            started.SetResult();
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return PersonaId;
        });
        var user = await harness.AddUserAsync();
        var job = await harness.Jobs.EnqueueAsync(user, "{}", null, CancellationToken.None);
        var run = harness.NewWorker().RunOnceAsync(CancellationToken.None);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await harness.Jobs.CancelAsync(user, job.JobId, CancellationToken.None);
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        var done = await harness.Jobs.GetAsync(user, job.JobId, CancellationToken.None);
        Assert.Equal(JobStatus.Cancelled, done.Status);
        var next = await harness.Jobs.EnqueueAsync(user, "{}", null, CancellationToken.None);
        Assert.Equal(JobStatus.Queued, next.Status);
    }

    [Theory, DatabaseProviders]
    public async Task A_second_job_for_the_same_user_is_refused_while_one_is_active(string provider)
    {
        await using var harness = await JobHarness.CreateAsync(provider, (_, _, _) => Task.FromResult(PersonaId));
        var user = await harness.AddUserAsync();
        var other = await harness.AddUserAsync();
        var first = await harness.Jobs.EnqueueAsync(user, "{}", null, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<JobAlreadyRunningException>(() => harness.Jobs.EnqueueAsync(user, "{}", null, CancellationToken.None));
        var otherUsers = await harness.Jobs.EnqueueAsync(other, "{}", null, CancellationToken.None);

        Assert.Equal(first.JobId, refused.JobId);
        Assert.Equal(JobStatus.Queued, otherUsers.Status);
        await Assert.ThrowsAsync<NotFoundException>(() => harness.Jobs.GetAsync(other, first.JobId, CancellationToken.None));
    }

    [Theory, DatabaseProviders]
    public async Task Progress_reported_by_the_pipeline_is_visible_while_the_job_runs(string provider)
    {
        var reached = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await using var harness = await JobHarness.CreateAsync(provider, async (_, reporter, ct) =>
        {
            await reporter.ReportAsync(JobStages.Platforms, null, ct);
            reached.SetResult();
            await release.Task.WaitAsync(ct);
            return PersonaId;
        });
        var user = await harness.AddUserAsync();
        var seen = new List<string>();
        harness.Notifications.JobChanged += (owner, snapshot) => { if (owner == user) { lock (seen) { seen.Add(snapshot.Stage); } } };
        var job = await harness.Jobs.EnqueueAsync(user, "{}", null, CancellationToken.None);
        var run = harness.NewWorker().RunOnceAsync(CancellationToken.None);
        await reached.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var during = await harness.Jobs.GetAsync(user, job.JobId, CancellationToken.None);
        release.SetResult();
        await run;

        Assert.Equal(JobStatus.Running, during.Status);
        Assert.Equal(JobStages.Platforms, during.Stage);
        Assert.Equal(JobStages.StartProgress(JobStages.Platforms), during.Progress);
        Assert.Contains(JobStages.Platforms, seen);
        Assert.Contains(JobStages.Done, seen);
    }

    private static async Task SimulateCrashAsync(JobHarness harness, Guid jobId, int attempts, bool leaseExpired)
    {
        await using var db = await harness.Db.CreateDbContextAsync();
        var lease = leaseExpired ? DateTime.UtcNow.AddMinutes(-1) : DateTime.UtcNow.AddMinutes(5);
        await db.GenerationJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, JobStatus.Running)
            .SetProperty(j => j.LeaseOwner, "crashed-instance")
            .SetProperty(j => j.LeaseExpiresUtc, lease)
            .SetProperty(j => j.Attempts, attempts));
    }
}

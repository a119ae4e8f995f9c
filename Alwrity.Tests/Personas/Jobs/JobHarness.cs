using Alwrity.Domain.Data;
using Alwrity.Domain.Personas;
using Alwrity.Domain.Personas.Jobs;
using Alwrity.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Alwrity.Tests.Personas.Jobs;

/// <summary>A real database, the real job service and workers, and a scripted pipeline standing in for generation.</summary>
internal sealed class JobHarness : IAsyncDisposable
{
    private readonly MigratedDatabase database;
    private readonly ServiceProvider services;

    private JobHarness(MigratedDatabase database, ScriptedPipeline pipeline, GenerationJobOptions options)
    {
        this.database = database;
        Pipeline = pipeline;
        Options = options;
        services = new ServiceCollection().AddLogging().AddScoped<IPersonaGenerationPipeline>(_ => pipeline).BuildServiceProvider();
        Jobs = new GenerationJobService(database.Factory, Notifications);
    }

    public ScriptedPipeline Pipeline { get; }
    public GenerationJobOptions Options { get; }
    public JobNotifications Notifications { get; } = new();
    public GenerationJobService Jobs { get; }
    public IDbContextFactory<AlwrityDbContext> Db => database.Factory;

    public static async Task<JobHarness> CreateAsync(string provider, Func<GenerationJob, IJobReporter, CancellationToken, Task<Guid>> script)
    {
        var options = new GenerationJobOptions
        {
            LeaseDuration = TimeSpan.FromSeconds(2),
            HeartbeatInterval = TimeSpan.FromMilliseconds(200),
            MaxAttempts = 3,
        };
        return new JobHarness(await MigratedDatabase.CreateAsync(provider), new ScriptedPipeline(script), options);
    }

    /// <summary>A worker as another app instance would run it.</summary>
    public GenerationJobWorker NewWorker() => new(database.Factory, services.GetRequiredService<IServiceScopeFactory>(),
        Notifications, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<GenerationJobWorker>.Instance);

    public async Task<string> AddUserAsync()
    {
        await using var db = await Db.CreateDbContextAsync();
        var user = new Domain.Accounts.ApplicationUser { UserName = $"{Guid.NewGuid():N}@example.com" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    public async Task<GenerationJob> ReadAsync(Guid id)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.GenerationJobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await database.DisposeAsync();
    }

    internal sealed class ScriptedPipeline(Func<GenerationJob, IJobReporter, CancellationToken, Task<Guid>> script) : IPersonaGenerationPipeline
    {
        private int runs;

        public int Runs => runs;

        public Task<Guid> RunAsync(GenerationJob job, IJobReporter reporter, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref runs);
            return script(job, reporter, cancellationToken);
        }
    }
}

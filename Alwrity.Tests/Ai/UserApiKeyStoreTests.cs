using Alwrity.Domain.Ai;
using Alwrity.Domain.Ai.Keys;
using Alwrity.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alwrity.Tests.Ai;

public sealed class UserApiKeyStoreTests : IDisposable
{
    private const string Key = "AIzaSyD-test-secret-Wxyz";
    private readonly TestDatabase database = new();
    private readonly CapturingLoggerProvider logs = new();
    private readonly ServiceProvider services;

    public UserApiKeyStoreTests()
    {
        services = AiTestHost.Build(null, s => s["Ai:Provider"] = AiProviders.Local, collection =>
        {
            collection.AddSingleton<IDbContextFactory<AlwrityDbContext>>(database);
            collection.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        });
    }

    private IUserApiKeyStore Store => services.GetRequiredService<IUserApiKeyStore>();

    [Fact]
    public async Task Saved_key_is_encrypted_at_rest_and_reads_back()
    {
        await Store.SaveGeminiKeyAsync("user-1", Key, CancellationToken.None);

        using var db = database.CreateDbContext();
        var row = await db.UserApiKeys.SingleAsync();
        Assert.DoesNotContain(Key, row.ProtectedKey, StringComparison.Ordinal);
        Assert.Equal("…Wxyz", row.Hint);
        Assert.Equal(AiProviders.Gemini, row.Provider);
        Assert.Equal(Key, await Store.GetGeminiKeyAsync("user-1", CancellationToken.None));
        Assert.Null(await Store.GetGeminiKeyAsync("user-2", CancellationToken.None));
    }

    [Fact]
    public async Task Saving_again_replaces_the_key_and_delete_removes_it()
    {
        await Store.SaveGeminiKeyAsync("user-1", Key, CancellationToken.None);
        await Store.SaveGeminiKeyAsync("user-1", "AIza-second-key-9999", CancellationToken.None);

        Assert.Equal("AIza-second-key-9999", await Store.GetGeminiKeyAsync("user-1", CancellationToken.None));
        Assert.Equal("…9999", (await Store.DescribeAsync("user-1", CancellationToken.None))!.Hint);
        Assert.True(await Store.DeleteAsync("user-1", CancellationToken.None));
        Assert.Null(await Store.GetGeminiKeyAsync("user-1", CancellationToken.None));
        Assert.False(await Store.DeleteAsync("user-1", CancellationToken.None));
    }

    [Fact]
    public async Task Key_never_appears_in_the_logs()
    {
        await Store.SaveGeminiKeyAsync("user-1", Key, CancellationToken.None);
        await Store.GetGeminiKeyAsync("user-1", CancellationToken.None);
        await Store.DeleteAsync("user-1", CancellationToken.None);

        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(logs.Messages, m => m.Contains(Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Blank_or_spaced_key_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveGeminiKeyAsync("user-1", "   ", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveGeminiKeyAsync("user-1", "two words", CancellationToken.None));
    }

    [Fact]
    public async Task Users_own_key_wins_over_the_server_provider()
    {
        var resolver = services.GetRequiredService<IAiProviderResolver>();
        Assert.True((await resolver.ResolveAsync("user-1", CancellationToken.None)).IsLocal);

        await Store.SaveGeminiKeyAsync("user-1", Key, CancellationToken.None);
        var selection = await resolver.ResolveAsync("user-1", CancellationToken.None);

        Assert.Equal((AiProviders.Gemini, "user-key"), (selection.Provider, selection.Source));
        Assert.Equal(Key, selection.Credentials!.ApiKey);
        Assert.DoesNotContain(Key, selection.ToString(), StringComparison.Ordinal);
        Assert.True((await resolver.ResolveAsync("user-2", CancellationToken.None)).IsLocal);
    }

    public void Dispose()
    {
        services.Dispose();
        database.Dispose();
        logs.Dispose();
    }
}

/// <summary>Collects every formatted log message (including exception text) for assertions.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly List<string> messages = [];

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (messages)
            {
                return messages.ToList();
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner.messages)
            {
                owner.messages.Add(formatter(state, exception) + " " + exception);
            }
        }
    }
}

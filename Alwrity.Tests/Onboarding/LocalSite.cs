using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alwrity.Tests.Onboarding;

/// <summary>A throwaway website on 127.0.0.1 (random port) serving scripted pages, recording the paths asked for.</summary>
internal sealed class LocalSite : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> pages = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> requested = new();

    private LocalSite(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public int Port => BaseUrl.Port;

    public IReadOnlyList<string> Requested => requested.ToList();

    public static async Task<LocalSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var site = new LocalSite(app);
        app.Run(site.ServeAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return site;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    public LocalSite Page(string path, string body, string contentType = "text/html; charset=utf-8", TimeSpan delay = default)
    {
        pages[path] = async context =>
        {
            await Task.Delay(delay, context.RequestAborted);
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        };
        return this;
    }

    public LocalSite Redirect(string path, string location)
    {
        pages[path] = context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        };
        return this;
    }

    public LocalSite Handle(string path, Func<HttpContext, Task> handler)
    {
        pages[path] = handler;
        return this;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        requested.Enqueue(path);
        try
        {
            if (pages.TryGetValue(path, out var handler))
            {
                await handler(context);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        }
        catch (OperationCanceledException)
        {
            // The client gave up (timeout under test).
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await app.StopAsync(quick.Token);
        await app.DisposeAsync();
    }
}

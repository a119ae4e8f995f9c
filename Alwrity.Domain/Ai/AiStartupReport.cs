using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alwrity.Domain.Ai;

/// <summary>Logs at start which AI provider the server uses, and warns when a configured provider is incomplete.</summary>
internal sealed class AiStartupReport(IOptions<AiOptions> options, ILogger<AiStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var server = ModelEndpoints.Server(options.Value, out var notice);
        if (notice is not null)
        {
            logger.LogWarning("{Notice}", notice);
        }
        else if (server is null)
        {
            logger.LogInformation("AI provider: Local (no model; the local engine writes personas). Users may add their own Gemini key.");
        }
        else
        {
            logger.LogInformation("AI provider: {Provider}, model {Model} at {Endpoint}", server.Provider, server.Model, server.BaseUrl);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

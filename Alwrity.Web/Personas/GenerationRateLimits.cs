using System.Threading.RateLimiting;
using Alwrity.Web.Accounts;
using Microsoft.AspNetCore.RateLimiting;

namespace Alwrity.Web.Personas;

/// <summary>Per-user limits on persona generation, answered with 429 problem details and Retry-After.</summary>
public static class GenerationRateLimits
{
    public static IServiceCollection AddGenerationRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits");
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(GenerationEndpoints.RateLimitPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(context.User.GetUserId() ?? "anonymous", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.GenerationsPerHour,
                    Window = TimeSpan.FromHours(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await TypedResults.Problem(statusCode: 429, title: "Too many generations",
                    detail: "You have started many persona generations in the last hour. Try again later.").ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    /// <summary>Section "RateLimits".</summary>
    public sealed class RateLimitOptions
    {
        public int GenerationsPerHour { get; set; } = 20;
    }
}

using Microsoft.AspNetCore.Http.Features;

namespace Alwrity.Web.Infrastructure;

/// <summary>
/// Body size limits per endpoint. A declared Content-Length over the limit is refused with 413 problem
/// details before anything is read; a streamed body that grows past it fails the read with 413 as well.
/// </summary>
public static class RequestLimits
{
    public const long DefaultApiBodyBytes = 2 * 1024 * 1024;

    public sealed record BodySizeLimit(long MaxBytes);

    public static TBuilder LimitBodySize<TBuilder>(this TBuilder builder, long maxBytes = DefaultApiBodyBytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodySizeLimit(maxBytes));

    /// <summary>Must run after routing so the endpoint's limit is known.</summary>
    public static IApplicationBuilder UseBodySizeLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodySizeLimit>();
        if (limit is not null)
        {
            if (context.Request.ContentLength > limit.MaxBytes)
            {
                await TooLarge(limit.MaxBytes).ExecuteAsync(context);
                return;
            }

            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false })
            {
                feature.MaxRequestBodySize = limit.MaxBytes;
            }
        }

        await next(context);
    });

    public static IResult TooLarge(long maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request too large",
        detail: $"The request body is larger than {maxBytes / (1024.0 * 1024.0):0.#} MB. Send less text at a time.");
}

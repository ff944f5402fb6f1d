using CampaignHub.Features.Opinions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CampaignHub.Infrastructure;

/// <summary>
/// Caps request bodies by what the endpoint is: a post anyone may make without signing in (the public forms,
/// the login form, the anonymous survey API) gets <see cref="PublicFormOptions.MaxRequestBytes"/>; a signed-in
/// JSON API call gets <see cref="CampaignHubOptions.MaxApiRequestBytes"/>. The cap is counted on the bytes that
/// arrive, so a chunked body (no Content-Length) is held to it as well: such a body is read up to the cap
/// before the endpoint runs, and one byte more ends the request with 413 and a Chinese message.
/// </summary>
public static class RequestBodyLimits
{
    public const string TooLargeMessage = "提交的内容过大，请精简后再提交";

    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limit = LimitFor(context);
            if (limit is not { } max || !HasBody(context.Request))
            {
                await next(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
            {
                serverLimit.MaxRequestBodySize = max; // the server enforces it too, where it can
            }

            if (context.Request.ContentLength > max)
            {
                await RefuseAsync(context);
                return;
            }

            var buffered = await ReadUpToAsync(context.Request.Body, max, context.RequestAborted);
            if (buffered is null)
            {
                await RefuseAsync(context);
                return;
            }

            context.Request.Body = buffered;
            await next(context);
        });

    private static long? LimitFor(HttpContext context)
    {
        if (context.GetEndpoint() is not { } endpoint)
        {
            return null;
        }

        var path = context.Request.Path;
        if (path.StartsWithSegments("/_blazor") || path.StartsWithSegments("/hubs"))
        {
            return null; // SignalR frames; the circuit has its own message size limit
        }

        var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.Metadata.GetMetadata<IAuthorizeData>() is null;
        if (anonymous)
        {
            return context.RequestServices.GetRequiredService<IOptions<PublicFormOptions>>().Value.MaxRequestBytes;
        }

        return path.StartsWithSegments("/api") ? context.RequestServices.GetRequiredService<IOptions<CampaignHubOptions>>().Value.MaxApiRequestBytes : null;
    }

    private static bool HasBody(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method) && request.ContentLength != 0;

    /// <summary>The whole body when it is at most <paramref name="max"/> bytes; null as soon as it is longer.</summary>
    private static async Task<MemoryStream?> ReadUpToAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > max)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    private static async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(TooLargeMessage, statusCode: StatusCodes.Status413PayloadTooLarge, title: "提交内容过大").ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(TooLargeMessage, context.RequestAborted);
    }
}

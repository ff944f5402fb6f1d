using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CampaignHub.Features.Opinions;

/// <summary>"CampaignHub:PublicForm" settings: how many public submissions one client may post per window.</summary>
public sealed class PublicFormOptions
{
    public const string Section = "CampaignHub:PublicForm";

    public int PermitLimit { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A whole request larger than this is refused before the form is read.</summary>
    public long MaxRequestBytes { get; set; } = 32 * 1024;

    /// <summary>Ratings one client (network address) may give on /public per China day.</summary>
    public int RatingsPerClientPerDay { get; set; } = 10;

    /// <summary>Ratings one item may receive per China day.</summary>
    public int RatingsPerItemPerDay { get; set; } = 20;
}

/// <summary>The per-client rate limit of the public pages that accept posts (/opinions/new, /public ratings).</summary>
public static class PublicFormLimits
{
    public const string Policy = "public-form";

    public const string TooManyMessage = "提交过于频繁，请稍后再试";

    public static IServiceCollection AddPublicFormRateLimit(this IServiceCollection services)
    {
        services.AddOptions<PublicFormOptions>().BindConfiguration(PublicFormOptions.Section);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<PublicFormOptions>>((limiter, formOptions) =>
        {
            var options = formOptions.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(TooManyMessage, cancellationToken);
            };

            // Reading the page is free; each post counts against the client's (IP address's) fixed window.
            limiter.AddPolicy(Policy, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }
}

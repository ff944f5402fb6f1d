using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CampaignHub.Identity;

/// <summary>"CampaignHub:Login" settings: how many login posts one client (IP address) may make per window.</summary>
public sealed class LoginThrottleOptions
{
    public const string Section = "CampaignHub:Login";

    public int PermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// The per-client limit on login posts, on top of the per-account lockout: one address cannot try many
/// passwords across many accounts. Showing the login page is free; the 429 answer is the rate limiter's.
/// </summary>
public static class LoginThrottle
{
    public const string Policy = "login";

    public static IServiceCollection AddLoginThrottle(this IServiceCollection services)
    {
        services.AddOptions<LoginThrottleOptions>().BindConfiguration(LoginThrottleOptions.Section);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LoginThrottleOptions>>((limiter, throttle) =>
        {
            var options = throttle.Value;
            limiter.AddPolicy(Policy, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }
}

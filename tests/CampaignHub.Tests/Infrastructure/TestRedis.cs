namespace CampaignHub.Tests.Infrastructure;

/// <summary>
/// The Redis server the multi-node tests join their app nodes through: its address comes from
/// <see cref="Variable"/> (scripts/test.sh starts scripts/redis.sh and sets it). Those tests carry the trait
/// Category=<see cref="Category"/>; without the variable they fail, saying how to start one.
/// </summary>
public static class TestRedis
{
    public const string Variable = "CAMPAIGNHUB_TEST_REDIS";

    public const string Category = "Redis";

    public static string Address => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{Variable} is not set: these tests need a Redis server. Start one with `scripts/redis.sh start` and run " +
            $"`export {Variable}=$(scripts/redis.sh url)` (scripts/test.sh does both), or leave them out with --filter \"Category!={Category}\".");

    /// <summary>Settings that join an app to the others given the same <paramref name="channelPrefix"/>, and to no other test's.</summary>
    public static IReadOnlyDictionary<string, string> Settings(string channelPrefix) => new Dictionary<string, string>
    {
        ["CampaignHub:Redis"] = Address,
        ["CampaignHub:RedisChannelPrefix"] = channelPrefix,
    };

    /// <summary>A channel prefix no other run (or test) uses, so parallel runs on one server never cross.</summary>
    public static string NewChannelPrefix() => "campaignhub-test-" + Guid.NewGuid().ToString("N");
}

using CampaignHub.Features.Rectification;
using CampaignHub.Live;
using CampaignHub.Live.Redis;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampaignHub.Tests.Live.Redis;

/// <summary>Without CampaignHub:Redis the app is one node, as it always was: nothing of Redis is set up.</summary>
public sealed class WithoutRedisTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public void Without_the_setting_no_relay_runs_and_the_hub_keeps_its_in_process_clients()
    {
        Assert.Null(factory.Services.GetService<RedisChangeRelay>());
        Assert.DoesNotContain(factory.Services.GetServices<IHostedService>(), s => s is RedisChangeRelay);
        Assert.Contains(factory.Services.GetServices<IHostedService>(), s => s is HubBroadcaster);
        Assert.IsType<DefaultHubLifetimeManager<CampaignChangesHub>>(factory.Services.GetRequiredService<HubLifetimeManager<CampaignChangesHub>>());
    }
}

/// <summary>A node whose Redis is unreachable starts and saves as if alone.</summary>
public sealed class RedisDownTests
{
    [Fact]
    public async Task With_redis_unreachable_the_node_starts_and_a_save_succeeds_and_reaches_its_own_feed()
    {
        // Port 1 on loopback: nothing listens there, connections are refused at once.
        using var node = new CampaignHubFactory(sharedDataFolder: null, new Dictionary<string, string>
        {
            ["CampaignHub:Redis"] = "127.0.0.1:1,connectTimeout=500",
            ["CampaignHub:RedisChannelPrefix"] = TestRedis.NewChannelPrefix(),
        });
        var relay = node.Services.GetRequiredService<RedisChangeRelay>();
        var arrived = new TaskCompletionSource<IReadOnlyList<ChangeEvent>>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = node.Services.GetRequiredService<IChangeFeed>().Subscribe(batch =>
        {
            arrived.TrySetResult(batch);
            return Task.CompletedTask;
        }, c => c.Kind == ChangeKind.Rectification);
        var campaign = await DemoLookup.CampaignAsync(node);
        var unit = await DemoLookup.UnitIdAsync(node, "东山街道");
        var office = await Accounts.ActorAsync(node, "office");

        var id = await node.Services.CreateScope().ServiceProvider.GetRequiredService<RectificationService>()
            .CreateAsync(office, campaign.Id, new NewRectificationItem(unit, "Redis 停机时的问题", "Redis 停机时照常保存", IsQuickFix: true));

        Assert.NotNull(relay);
        Assert.Contains(await arrived.Task.WaitAsync(TimeSpan.FromSeconds(5)), c => c.EntityId == id);
    }
}

using CampaignHub.Data;
using CampaignHub.Infrastructure.Lookups;
using CampaignHub.Live.Redis;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using static CampaignHub.Tests.Live.Redis.TwoNodeCluster;

namespace CampaignHub.Tests.Live.Redis;

/// <summary>
/// What a node sends while it is cut off from Redis never arrives, and nobody knows what it was. So a node that gets
/// back re-reads everything, and so does every other node, told by the node that is back.
/// </summary>
[Trait("Category", TestRedis.Category)]
public sealed class RejoinAfterCutTests(TwoNodeCluster cluster) : IClassFixture<TwoNodeCluster>
{
    [Fact]
    public async Task A_node_back_after_a_cut_from_Redis_makes_itself_and_the_other_node_drop_their_cached_data()
    {
        var unitId = await DemoLookup.UnitIdAsync(cluster.A, "东山街道");
        var directoryOnA = cluster.A.Services.GetRequiredService<UnitDirectory>();
        var directoryOnB = cluster.B.Services.GetRequiredService<UnitDirectory>();
        Assert.Equal("东山街道", await NameOnAsync(directoryOnA, unitId));
        Assert.Equal("东山街道", await NameOnAsync(directoryOnB, unitId));

        // A change neither feed hears of, as one saved while the cut lasts: both caches still answer the old name.
        await using (var db = await cluster.A.Services.GetRequiredService<IDbContextFactory<CampaignHubDbContext>>().CreateDbContextAsync())
        {
            await db.Set<CampaignHub.Domain.Units.Unit>().Where(u => u.Id == unitId).ExecuteUpdateAsync(set => set.SetProperty(u => u.Name, "东山街道（更名）").SetProperty(u => u.ShortName, (string?)null));
        }

        Assert.Equal("东山街道", await NameOnAsync(directoryOnA, unitId));
        Assert.Equal("东山街道", await NameOnAsync(directoryOnB, unitId));

        var killed = await CutNodeOffAsync(cluster.A.Services.GetRequiredService<RedisChangeRelay>());

        Assert.True(killed > 0, "node A had no connection to Redis to cut");
        await EventuallyAsync(async () => await NameOnAsync(directoryOnA, unitId) == "东山街道（更名）", "node A re-reads after it is back");
        await EventuallyAsync(async () => await NameOnAsync(directoryOnB, unitId) == "东山街道（更名）", "node B re-reads when node A says it is back");
    }

    private static async Task<string> NameOnAsync(UnitDirectory directory, int unitId) =>
        (await directory.OptionsAsync()).Single(o => o.Id == unitId).Name;

    /// <summary>Closes the node's connections on the Redis server's side, as a network cut would; the node reconnects by itself.</summary>
    private static async Task<long> CutNodeOffAsync(RedisChangeRelay relay)
    {
        var clientName = "campaignhub-feed-" + relay.NodeId.ToString("N")[..8];
        var options = ConfigurationOptions.Parse(TestRedis.Address);
        options.AllowAdmin = true;
        await using var admin = await ConnectionMultiplexer.ConnectAsync(options);
        var server = admin.GetServer(admin.GetEndPoints()[0]);
        long killed = 0;
        foreach (var client in await server.ClientListAsync())
        {
            if (client.Name == clientName)
            {
                await server.ClientKillAsync(id: client.Id);
                killed++;
            }
        }

        return killed;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, what + " within 20 s");
            await Task.Delay(100);
        }
    }
}

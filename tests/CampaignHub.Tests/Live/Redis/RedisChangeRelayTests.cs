using System.Collections.Concurrent;
using System.Diagnostics;
using CampaignHub.Features.Rectification;
using CampaignHub.Live;
using CampaignHub.Tests.Infrastructure;
using static CampaignHub.Tests.Live.Redis.TwoNodeCluster;

namespace CampaignHub.Tests.Live.Redis;

/// <summary>Changes committed on one node reach the feed, the subscribers and the caches of the other, once.</summary>
[Trait("Category", TestRedis.Category)]
public sealed class RedisChangeRelayTests(TwoNodeCluster cluster) : IClassFixture<TwoNodeCluster>
{
    /// <summary>Long enough for an echo or a duplicate to have come back through Redis on this machine.</summary>
    private static readonly TimeSpan EchoAllowance = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task An_edit_on_one_node_reaches_the_feed_of_the_other_within_a_second_and_once_on_each()
    {
        var feedA = FeedOf(cluster.A);
        var feedB = FeedOf(cluster.B);
        var seenOnA = new ConcurrentQueue<ChangeEvent>();
        var seenOnB = new ConcurrentQueue<ChangeEvent>();
        var arrivedOnB = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onA = feedA.Subscribe(Collect(seenOnA, null), c => c.Kind == ChangeKind.Rectification);
        using var onB = feedB.Subscribe(Collect(seenOnB, arrivedOnB), c => c.Kind == ChangeKind.Rectification);

        var id = await CreateItemOnAAsync("路灯不亮（节点甲）");
        var sinceCommit = Stopwatch.StartNew();
        await arrivedOnB.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var latency = sinceCommit.Elapsed;
        await Task.Delay(EchoAllowance);

        var onNodeA = seenOnA.Where(c => c.EntityId == id).ToList();
        var onNodeB = seenOnB.Where(c => c.EntityId == id).ToList();
        Assert.True(latency < TimeSpan.FromSeconds(1), $"node B got the change {latency.TotalMilliseconds:F0} ms after the commit on node A");
        Assert.NotEmpty(onNodeA);
        Assert.Equal(onNodeA, onNodeB); // every change of the save, once, in order
        Assert.All(onNodeA, c => Assert.False(feedA.IsFromOtherNode(c), "node A got its own change back from Redis"));
        Assert.All(onNodeB, c => Assert.True(feedB.IsFromOtherNode(c)));
    }

    [Fact]
    public async Task A_cache_on_one_node_answers_afresh_after_a_save_on_the_other()
    {
        var campaign = await DemoLookup.CampaignAsync(cluster.B);
        var readOnB = Service<RectificationService>(cluster.B);
        var before = await readOnB.StatsAsync(campaign.Id); // now held by node B's shared query cache
        var arrivedOnB = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onB = FeedOf(cluster.B).Subscribe(Collect(new ConcurrentQueue<ChangeEvent>(), arrivedOnB), c => c.Kind == ChangeKind.Rectification);

        await CreateItemOnAAsync("井盖缺失（节点甲）");
        // Observers (the caches) run before subscribers: once B's subscriber has the change, B's cache has dropped its answer.
        await arrivedOnB.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var after = await readOnB.StatsAsync(campaign.Id);

        Assert.Equal(before.Total + 1, after.Total);
    }

    private async Task<int> CreateItemOnAAsync(string title)
    {
        var campaign = await DemoLookup.CampaignAsync(cluster.A);
        var unit = await DemoLookup.UnitIdAsync(cluster.A, "东山街道");
        var office = await Accounts.ActorAsync(cluster.A, "office");
        return await Service<RectificationService>(cluster.A)
            .CreateAsync(office, campaign.Id, new NewRectificationItem(unit, title, title + "，群众反映多次", IsQuickFix: true));
    }

    private static Func<IReadOnlyList<ChangeEvent>, Task> Collect(ConcurrentQueue<ChangeEvent> into, TaskCompletionSource? arrived) => batch =>
    {
        foreach (var change in batch)
        {
            into.Enqueue(change);
        }

        arrived?.TrySetResult();
        return Task.CompletedTask;
    };
}

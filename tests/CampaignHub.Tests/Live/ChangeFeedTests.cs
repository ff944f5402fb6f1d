using CampaignHub.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace CampaignHub.Tests.Live;

public sealed class ChangeFeedTests
{
    private static ChangeEvent Change(int id, ChangeKind kind = ChangeKind.Milestone) =>
        new(kind, 1, 2, id, "测试", "office", DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_burst_of_changes_reaches_a_subscriber_as_one_batch()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance, TimeSpan.FromMilliseconds(50));
        var batches = new List<IReadOnlyList<ChangeEvent>>();
        var delivered = new TaskCompletionSource();
        using var subscription = feed.Subscribe(batch =>
        {
            batches.Add(batch);
            delivered.TrySetResult();
            return Task.CompletedTask;
        });

        for (var i = 0; i < 20; i++)
        {
            feed.Publish(Change(i));
        }

        await delivered.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(150);
        var batch = Assert.Single(batches);
        Assert.Equal(20, batch.Count);
    }

    [Fact]
    public async Task A_steady_stream_of_changes_is_delivered_at_most_once_per_window_and_nothing_is_lost()
    {
        var window = TimeSpan.FromMilliseconds(200);
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance, window);
        var batches = new List<IReadOnlyList<ChangeEvent>>();
        using var subscription = feed.Subscribe(batch =>
        {
            lock (batches)
            {
                batches.Add(batch);
            }

            return Task.CompletedTask;
        });

        // 30 changes, one every 10 ms: about 300 ms of steady saving.
        var started = DateTime.UtcNow;
        for (var i = 0; i < 30; i++)
        {
            feed.Publish(Change(i));
            await Task.Delay(10);
        }

        var elapsed = DateTime.UtcNow - started;
        await Task.Delay(window * 2);

        lock (batches)
        {
            Assert.Equal(30, batches.Sum(b => b.Count));
            Assert.Equal(Enumerable.Range(0, 30), batches.SelectMany(b => b).Select(c => c.EntityId!.Value));
            // One leading delivery, then at most one per window for the rest of the stream.
            Assert.True(batches.Count <= 2 + (int)(elapsed / window), $"{batches.Count} deliveries in {elapsed.TotalMilliseconds:F0} ms");
            Assert.True(batches.Count >= 2, "a stream longer than a window is not held back until it ends");
        }
    }

    [Fact]
    public async Task A_subscriber_gets_only_the_kinds_it_asked_for()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance, TimeSpan.FromMilliseconds(10));
        var received = new List<ChangeEvent>();
        var delivered = new TaskCompletionSource();
        using var subscription = feed.Subscribe(batch =>
        {
            received.AddRange(batch);
            delivered.TrySetResult();
            return Task.CompletedTask;
        }, change => change.Kind == ChangeKind.Plan);

        feed.Publish(Change(1, ChangeKind.Milestone));
        feed.Publish(Change(2, ChangeKind.Plan));

        await delivered.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal([2], received.Select(r => r.EntityId));
    }

    [Fact]
    public async Task Missed_changes_reach_every_subscriber_whatever_its_filter_and_every_observer_for_every_kind()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance, TimeSpan.FromMilliseconds(10));
        var received = new List<ChangeEvent>();
        var delivered = new TaskCompletionSource();
        var observed = new List<ChangeKind>();
        using var observer = feed.Observe(change => observed.Add(change.Kind));
        using var subscription = feed.Subscribe(batch =>
        {
            received.AddRange(batch);
            delivered.TrySetResult();
            return Task.CompletedTask;
        }, change => change.Kind == ChangeKind.Plan && change.UnitId == 2);

        feed.PublishMissedChanges();

        await delivered.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(Enum.GetValues<ChangeKind>(), observed);
        Assert.NotEmpty(received);
        Assert.All(received, change => Assert.True(change.CampaignId is null && change.UnitId is null && change.EntityId is null, "a missed change stands for any campaign, unit and entity"));
        Assert.All(received, change => Assert.True(feed.IsFromOtherNode(change), "a missed change is never relayed"));
        Assert.Empty(feed.Recent(10)); // nothing for the wall's ticker
    }

    [Fact]
    public async Task A_disposed_subscription_is_removed_and_receives_nothing_more()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance, TimeSpan.FromMilliseconds(10));
        var calls = 0;
        var subscription = feed.Subscribe(_ =>
        {
            Interlocked.Increment(ref calls);
            return Task.CompletedTask;
        });
        Assert.Equal(1, feed.SubscriberCount);

        subscription.Dispose();
        feed.Publish(Change(1));
        await Task.Delay(100);

        Assert.Equal(0, feed.SubscriberCount);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_stop_the_others()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance, TimeSpan.FromMilliseconds(10));
        var delivered = new TaskCompletionSource();
        using var failing = feed.Subscribe(_ => throw new InvalidOperationException("circuit gone"));
        using var healthy = feed.Subscribe(_ =>
        {
            delivered.TrySetResult();
            return Task.CompletedTask;
        });

        feed.Publish(Change(1));

        await delivered.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Recent_changes_are_kept_newest_first_for_the_activity_ticker()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        for (var i = 0; i < 300; i++)
        {
            feed.Publish(Change(i));
        }

        var recent = feed.Recent(3);

        Assert.Equal([299, 298, 297], recent.Select(r => r.EntityId));
    }
}

public sealed class ChangeFeedDeliveryTests
{
    private static ChangeEvent Change(int id, ChangeKind kind = ChangeKind.Milestone) =>
        new(kind, 1, 2, id, "测试", "office", DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_slow_handler_is_never_run_twice_at_once_and_still_gets_every_change()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance, TimeSpan.FromMilliseconds(20));
        var running = 0;
        var mostAtOnce = 0;
        var received = new List<int>();
        using var subscription = feed.Subscribe(async batch =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref mostAtOnce, now);
            await Task.Delay(300);
            lock (received)
            {
                received.AddRange(batch.Select(c => c.EntityId!.Value));
            }

            Interlocked.Decrement(ref running);
        });

        for (var i = 0; i < 12; i++)
        {
            feed.Publish(Change(i));
            await Task.Delay(50);
        }

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < deadline && Count(received) < 12)
        {
            await Task.Delay(50);
        }

        Assert.Equal(1, mostAtOnce);
        Assert.Equal(Enumerable.Range(0, 12), received.Order());
    }

    [Fact]
    public async Task A_throwing_filter_neither_fails_the_publisher_nor_keeps_the_change_from_other_subscribers()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance, TimeSpan.FromMilliseconds(20));
        var delivered = new TaskCompletionSource<IReadOnlyList<ChangeEvent>>();
        using var broken = feed.Subscribe(_ => Task.CompletedTask, _ => throw new InvalidOperationException("filter bug"));
        using var healthy = feed.Subscribe(batch =>
        {
            delivered.TrySetResult(batch);
            return Task.CompletedTask;
        });

        var publish = Record.Exception(() => feed.Publish(Change(7)));

        Assert.Null(publish);
        Assert.Equal(7, Assert.Single(await delivered.Task.WaitAsync(TimeSpan.FromSeconds(5))).EntityId);
    }

    [Fact]
    public async Task A_throwing_observer_neither_fails_the_publisher_nor_keeps_the_change_from_subscribers()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance, TimeSpan.FromMilliseconds(20));
        var delivered = new TaskCompletionSource();
        using var observer = feed.Observe(_ => throw new InvalidOperationException("cache bug"));
        using var healthy = feed.Subscribe(_ =>
        {
            delivered.TrySetResult();
            return Task.CompletedTask;
        });

        var publish = Record.Exception(() => feed.Publish(Change(8)));

        Assert.Null(publish);
        await delivered.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static int Count(List<int> list)
    {
        lock (list)
        {
            return list.Count;
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Features.Wall;
using CampaignHub.Live;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Wall;

public sealed class WallCacheConcurrencyTests
{
    [Fact]
    public async Task A_wall_asking_while_the_cache_reloads_waits_for_the_new_snapshot_instead_of_taking_the_old_one()
    {
        using var factory = new CampaignHubFactory();
        _ = factory.CreateClient();
        var feed = factory.Services.GetRequiredService<IChangeFeed>();
        var slowSource = new SlowSource();
        using var cache = CacheWith(factory, slowSource);
        var before = await cache.GetAsync(1);

        slowSource.Hold();
        feed.Publish(new ChangeEvent(ChangeKind.Milestone, 1, 2, 3, "测试", "office", DateTimeOffset.UtcNow));
        var reloading = cache.GetAsync(1);
        await slowSource.Entered.WaitAsync(TimeSpan.FromSeconds(10));
        var second = cache.GetAsync(1);
        await Task.Delay(100);

        Assert.False(second.IsCompleted, "the second wall must not get the snapshot from before the change");
        slowSource.Release();
        var fresh = await reloading;
        Assert.Same(fresh, await second);
        Assert.NotSame(before, fresh);
    }

    [Fact]
    public async Task A_failed_reload_does_not_leave_the_wall_stuck_and_the_next_request_retries_the_change()
    {
        using var factory = new CampaignHubFactory();
        _ = factory.CreateClient();
        var feed = factory.Services.GetRequiredService<IChangeFeed>();
        var slowSource = new SlowSource();
        using var cache = CacheWith(factory, slowSource);
        var before = await cache.GetAsync(1);

        slowSource.FailOnce();
        feed.Publish(new ChangeEvent(ChangeKind.Milestone, 1, 2, 3, "测试", "office", DateTimeOffset.UtcNow));

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync(1));
        var retried = await cache.GetAsync(1);

        Assert.NotSame(before, retried);
        Assert.Equal(2, slowSource.UnitReloads);
    }

    /// <summary>The app's wall cache with one more source, on the app's own database and change feed.</summary>
    private static WallCache CacheWith(CampaignHubFactory factory, IWallSource extra) => new(
        factory.Services.GetRequiredService<IDbContextFactory<CampaignHubDbContext>>(),
        [.. factory.Services.GetServices<IWallSource>(), extra],
        factory.Services.GetRequiredService<IClock>(),
        factory.Services.GetRequiredService<IChangeFeed>());

    /// <summary>A wall source whose reload can be held open, to catch readers arriving mid-reload.</summary>
    private sealed class SlowSource : IWallSource
    {
        private TaskCompletionSource? _hold;
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Key => "slow";

        public IReadOnlySet<ChangeKind> Kinds { get; } = new HashSet<ChangeKind> { ChangeKind.Milestone };

        public Task Entered => _entered.Task;

        public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _hold?.TrySetResult();

        private bool _failOnce;

        public int UnitReloads { get; private set; }

        public void FailOnce() => _failOnce = true;

        public async Task<IReadOnlyDictionary<int, WallSlice>> LoadAsync(CampaignHubDbContext db, int campaignId, int? unitId, DateOnly today, CancellationToken cancellationToken)
        {
            if (unitId is not null)
            {
                UnitReloads++;
            }

            if (_failOnce)
            {
                _failOnce = false;
                throw new InvalidOperationException("数据库忙");
            }

            if (_hold is { } hold)
            {
                _entered.TrySetResult();
                await hold.Task;
            }

            return new Dictionary<int, WallSlice>();
        }
    }
}

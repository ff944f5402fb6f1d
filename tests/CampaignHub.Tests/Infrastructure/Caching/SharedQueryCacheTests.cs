using CampaignHub.Features.Rectification;
using CampaignHub.Infrastructure.Caching;
using CampaignHub.Live;
using CampaignHub.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Infrastructure.Caching;

/// <summary>One read per question until a change the answer depends on; never a stale answer after a save.</summary>
public sealed class SharedQueryCacheTests
{
    private static readonly ChangeKind[] RectificationOnly = [ChangeKind.Rectification];

    private readonly ChangeFeed _feed = new(NullLogger<ChangeFeed>.Instance, TimeSpan.Zero);

    [Fact]
    public async Task The_same_question_asked_by_many_circuits_is_read_once()
    {
        using var cache = new SharedQueryCache(_feed);
        var reads = 0;

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            cache.GetAsync(("stats", 1), 1, RectificationOnly, () => Task.FromResult(Interlocked.Increment(ref reads)))));

        Assert.Equal(1, reads);
        Assert.All(answers, a => Assert.Equal(1, a));
    }

    [Fact]
    public async Task A_change_it_depends_on_in_its_campaign_makes_the_next_ask_read_again()
    {
        using var cache = new SharedQueryCache(_feed);
        var reads = 0;
        Task<int> Ask() => cache.GetAsync(("stats", 1), 1, RectificationOnly, () => Task.FromResult(Interlocked.Increment(ref reads)));
        await Ask();

        _feed.Publish(Change(ChangeKind.Rectification, campaignId: 2));
        _feed.Publish(Change(ChangeKind.Commitment, campaignId: 1));
        var unchanged = await Ask();
        _feed.Publish(Change(ChangeKind.Rectification, campaignId: 1));
        var changed = await Ask();

        Assert.Equal(1, unchanged);
        Assert.Equal(2, changed);
    }

    [Fact]
    public async Task A_change_in_no_particular_campaign_reaches_every_campaigns_answers()
    {
        using var cache = new SharedQueryCache(_feed);
        var reads = 0;
        Task<int> Ask() => cache.GetAsync(("stats", 7), 7, RectificationOnly, () => Task.FromResult(Interlocked.Increment(ref reads)));
        await Ask();

        _feed.Publish(Change(ChangeKind.Rectification, campaignId: null));

        Assert.Equal(2, await Ask());
    }

    [Fact]
    public async Task A_failed_read_is_not_kept()
    {
        using var cache = new SharedQueryCache(_feed);
        var reads = 0;
        Task<int> Ask() => cache.GetAsync("q", null, RectificationOnly, () =>
            Interlocked.Increment(ref reads) == 1 ? Task.FromException<int>(new InvalidOperationException("数据库忙")) : Task.FromResult(reads));

        await Assert.ThrowsAsync<InvalidOperationException>(Ask);

        Assert.Equal(2, await Ask());
    }

    private static ChangeEvent Change(ChangeKind kind, int? campaignId) => new(kind, campaignId, null, null, "测试", "测试", DateTimeOffset.UtcNow);
}

/// <summary>The rectification list's counts are shared between circuits, and still count an item the moment it is saved.</summary>
public sealed class SharedRectificationCountsTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task An_item_saved_after_the_counts_were_read_is_counted_on_the_next_read()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var office = await Accounts.ActorAsync(factory, "office");
        var service = Service<RectificationService>(factory);
        var before = await service.StatsAsync(campaign.Id);
        var firstPage = await service.PageAsync(campaign.Id, new RectificationFilter(dongshan), new(0, 500));

        var id = await service.CreateAsync(office, campaign.Id, new NewRectificationItem(dongshan, "路灯不亮", "东山街道部分路段路灯夜间不亮", IsQuickFix: true));
        var after = await service.StatsAsync(campaign.Id);
        var pageAfter = await service.PageAsync(campaign.Id, new RectificationFilter(dongshan), new(0, 500));

        Assert.Equal(before.Total + 1, after.Total);
        Assert.Equal(before.QuickFixes + 1, after.QuickFixes);
        Assert.Equal(firstPage.Total + 1, pageAfter.Total);
        Assert.Contains(pageAfter.Rows, r => r.Id == id);
    }
}

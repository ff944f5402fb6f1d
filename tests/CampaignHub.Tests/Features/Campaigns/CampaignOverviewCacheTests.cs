using CampaignHub.Features.Campaigns;
using CampaignHub.Live;
using CampaignHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Campaigns;

/// <summary>Every open overview of a campaign shares one build of its figures until the campaign changes.</summary>
public sealed class CampaignOverviewCacheTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task Overviews_of_one_campaign_share_one_build_until_a_change_of_that_campaign()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var cache = factory.Services.GetRequiredService<CampaignOverviewCache>();
        var feed = factory.Services.GetRequiredService<IChangeFeed>();

        var first = await cache.GetAsync(campaign.Id);
        var second = await cache.GetAsync(campaign.Id);
        feed.Publish(new ChangeEvent(ChangeKind.Milestone, campaign.Id + 1000, null, null, "另一活动的变化", "测试", DateTimeOffset.UtcNow));
        var afterOtherCampaign = await cache.GetAsync(campaign.Id);
        feed.Publish(new ChangeEvent(ChangeKind.Milestone, campaign.Id, null, null, "本活动的变化", "测试", DateTimeOffset.UtcNow));
        var afterOwnChange = await cache.GetAsync(campaign.Id);

        Assert.Same(first, second);
        Assert.Same(first, afterOtherCampaign);
        Assert.NotSame(first, afterOwnChange);
        using var scope = factory.Services.CreateScope();
        var direct = await scope.ServiceProvider.GetRequiredService<CampaignService>().GetOverviewAsync(campaign.Id);
        Assert.Equal(direct.Units.Count, afterOwnChange.Units.Count);
        Assert.Equal(direct.MetTotal, afterOwnChange.MetTotal);
    }
}

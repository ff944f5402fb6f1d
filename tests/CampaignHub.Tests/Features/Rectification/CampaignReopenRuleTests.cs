using System.Net;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Rectification;
using CampaignHub.Features.Public;
using CampaignHub.Features.Rectification;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Rectification;

/// <summary>The reopen review follows the rule the campaign sets, not a fixed default (its own factory: it changes the rule).</summary>
public sealed class CampaignReopenRuleTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private const string Stalls = "农贸市场周边占道经营、交通拥堵"; // public and finished; two residents rated it 不满意 in the demo

    [Fact]
    public async Task A_campaign_asking_for_five_raters_keeps_an_item_with_three_off_the_reopen_review_and_its_page_states_the_rule()
    {
        int stallsId;
        await using (var db = await DemoLookup.DbAsync(factory))
        {
            var stalls = await db.Set<RectificationItem>().SingleAsync(r => r.Title == Stalls);
            stallsId = stalls.Id;
            var campaign = await db.Set<Campaign>().SingleAsync(c => c.Id == stalls.CampaignId);
            campaign.SetRules(campaign.Rules with { ReopenMinimumRaters = 5, ReopenMinimumShare = 0m });
            await db.SaveChangesAsync();
        }

        using var scope = factory.Services.CreateScope();
        var disclosure = scope.ServiceProvider.GetRequiredService<PublicDisclosureService>();
        var items = scope.ServiceProvider.GetRequiredService<RectificationService>();

        await disclosure.RateAsync(RatedItemKind.RectificationItem, stallsId, "rule-device-1", IPAddress.Parse("192.0.2.1"), PublicRating.Unsatisfied);
        Assert.DoesNotContain(await items.ReopenReviewListAsync(), r => r.Id == stallsId); // three different raters: the default would have sent it

        await disclosure.RateAsync(RatedItemKind.RectificationItem, stallsId, "rule-device-2", IPAddress.Parse("192.0.2.2"), PublicRating.Unsatisfied);
        await disclosure.RateAsync(RatedItemKind.RectificationItem, stallsId, "rule-device-3", IPAddress.Parse("192.0.2.3"), PublicRating.Unsatisfied);
        Assert.Equal(5, (await items.ReopenReviewListAsync()).Single(r => r.Id == stallsId).RatedUnsatisfied);

        var rules = await items.ReopenReviewRulesAsync();
        Assert.Contains(rules, r => r.Rule.Contains("至少5位不同的群众", StringComparison.Ordinal) && !r.Rule.Contains('%', StringComparison.Ordinal) && r.Campaigns.EndsWith("（2014）", StringComparison.Ordinal));
    }
}

using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Campaigns;
using CampaignHub.Features.Units;
using CampaignHub.Features.Units.Components;
using Microsoft.AspNetCore.Components;

namespace CampaignHub.Components.Tests.Features.Units;

public sealed class UnitMilestoneListTests : ComponentTestContext
{
    [Fact]
    public void A_milestone_set_for_other_units_shows_not_required_and_offers_no_marking()
    {
        var today = new DateOnly(2014, 4, 10);
        var owed = new MilestoneDto(1, 1, "与上级对口部门对接联动", null, new DateOnly(2014, 3, 31));
        var others = new MilestoneDto(2, 1, "与对口基层单位对接", null, new DateOnly(2014, 4, 5));
        var row = new UnitMilestoneRowDto(11, "上坊社区", UnitKind.VillageOrCommunity, 2,
        [
            new MilestoneCellDto(1, MilestoneState.Overdue, null, null, 10, null),
            new MilestoneCellDto(2, MilestoneState.NotRequired, null, null, 0, null),
        ]);

        var list = Render<UnitMilestoneList>(p => p
            .Add(c => c.Campaign, new UnitCampaignDto(1, "“双联动双体验双满意”活动", [owed, others], row))
            .Add(c => c.Today, today)
            .Add(c => c.CanEdit, true)
            .Add(c => c.OnMark, EventCallback.Factory.Create<MilestoneMarkRequest>(this, _ => { })));

        Assert.Single(list.FindAll("[data-testid=mark-1]"));
        Assert.Empty(list.FindAll("[data-testid=mark-2]"));
        Assert.Contains("不适用", list.Find("tr[data-milestone-id='2']").TextContent);
        Assert.Contains("逾期10天", list.Find("tr[data-milestone-id='1']").TextContent);
        Assert.Equal(1, row.OverdueCount);
    }
}

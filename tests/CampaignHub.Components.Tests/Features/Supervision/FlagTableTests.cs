using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Supervision;
using CampaignHub.Features.Supervision.Components;
using static CampaignHub.Components.Tests.Features.Supervision.SupervisionTestData;

namespace CampaignHub.Components.Tests.Features.Supervision;

public sealed class FlagTableTests : ComponentTestContext
{
    [Fact]
    public void Flags_show_who_raised_them_and_their_state_in_Chinese()
    {
        var table = Render<FlagTable>(p => p.Add(c => c.Flags, [Flag(), Flag(UnitFlagKind.Manual, hasOpenOrder: true, raisedBy: "区委第一督导组"), Flag(active: false)]));

        var raisedBy = table.FindAll("[data-testid=flag-raised-by]").Select(td => td.TextContent.Trim()).ToList();
        var states = table.FindAll("[data-testid=flag-status]").Select(td => td.TextContent.Trim()).ToList();

        Assert.Equal(["系统", "区委第一督导组", "系统"], raisedBy);
        Assert.Equal(["待下达整改", "已下达整改", "已解除：复测达标"], states);
        Assert.Contains("自动", table.Markup);
    }
}

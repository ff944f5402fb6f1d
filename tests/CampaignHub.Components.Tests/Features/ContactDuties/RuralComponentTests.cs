using Bunit;
using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;
using CampaignHub.Features.ContactDuties;
using CampaignHub.Features.ContactDuties.Components;

namespace CampaignHub.Components.Tests.Features.ContactDuties;

/// <summary>The 三个一 compliance as the rural-point table and the units' summary show it: the domain's standing, never recomputed.</summary>
public sealed class RuralComponentTests : ComponentTestContext
{
    private static readonly UnitTree Tree = new([(1, null), (2, 1)]);
    private static readonly FixedClock April10 = new(new DateTimeOffset(2014, 4, 10, 12, 0, 0, ChinaTime.Offset));

    private static ThreeOnesStanding Standing(decimal funding, int computers)
    {
        var point = RuralPoint.Designate(2, 2014, "东山街道佘村社区", null, [], Actor.System, Tree, April10);
        point.DispatchInstructor("李志远", new DateOnly(2014, 3, 10), Actor.System, Tree, April10);
        point.FundActivityRoom(funding, "宁人社财2014-027", new DateOnly(2014, 3, 28), Actor.System, Tree, April10);
        if (computers > 0)
        {
            point.DonateComputers(computers, new DateOnly(2014, 3, 30), Actor.System, Tree, April10);
        }

        return ThreeOnesRule.Assess(point, April10.Today);
    }

    private static RuralPointDto Point(int id, string unit, string village, ThreeOnesStanding standing, ActionAnswer record) =>
        new(id, 1, 2, unit, 2014, village, [new RuralContributionDto(1, RuralContributionKind.Instructor, new DateOnly(2014, 3, 10), "下派党建工作指导员李志远")], standing, record);

    [Fact]
    public void A_point_short_of_its_three_ones_shows_what_is_missing_and_a_compliant_point_shows_green()
    {
        RuralPointDto? clicked = null;
        var shortPoint = Point(1, "区人社局", "东山街道佘村社区", Standing(7_000m, 0), ActionAnswer.Allowed);
        var metPoint = Point(2, "区民政局", "淳化街道新建村", Standing(10_000m, 2), ActionAnswer.NotPermitted("您无权为该单位登记农村联系点"));

        var table = Render<RuralPointTable>(p => p.Add(t => t.Points, [shortPoint, metPoint]).Add(t => t.OnContribute, (RuralPointDto point) => clicked = point));

        var rows = table.FindAll("[data-testid=rural-point]");
        Assert.Equal("false", rows[0].GetAttribute("data-met"));
        Assert.Equal("yellow", rows[0].QuerySelector("[data-testid=three-ones-status]")!.GetAttribute("data-status"));
        Assert.Equal("尚缺：党员活动室经费还差¥3,000；未捐赠党员活动专用电脑", rows[0].QuerySelector("[data-testid=three-ones-shortfall]")!.TextContent.Trim());
        Assert.Contains("¥7,000", rows[0].TextContent);
        Assert.Equal("已落实", rows[1].QuerySelector("[data-testid=three-ones-status]")!.TextContent.Trim());
        Assert.Null(rows[1].QuerySelector("[data-testid=three-ones-shortfall]"));

        // Only the point the actor may record for offers the button (the domain's answer).
        var buttons = table.FindAll("[data-testid=rural-contribute]");
        Assert.Single(buttons);
        buttons[0].Click();
        Assert.Equal(1, clicked?.Id);
    }

    [Fact]
    public void The_units_summary_shows_each_points_standing_the_three_sends_by_kind_and_the_pairings()
    {
        var units = new List<UnitRuralDutiesDto>
        {
            new(2, "区人社局", [new RuralPointSummaryDto(1, "东山街道佘村社区", Standing(7_000m, 0))], new ThreeSendsCount(1, 1, 0), 1, 0),
        };

        var summary = Render<UnitRuralTable>(p => p.Add(t => t.Units, units));

        var row = summary.Find("[data-testid=unit-rural]");
        Assert.Contains("东山街道佘村社区", row.TextContent);
        Assert.Contains("党员活动室经费还差¥3,000", row.TextContent);
        Assert.Contains("送政策1次、送服务1次、送温暖0次", row.TextContent);
        Assert.Contains("1个结对，本年共建活动0次", row.TextContent);
    }
}

using CampaignHub.Components.Tests.Features.Wall;
using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Features.Dashboard;
using CampaignHub.Features.Wall;

namespace CampaignHub.Components.Tests.Features.Dashboard;

/// <summary>The 工作台's to-do sections: a count larger than the list shown links to the whole list.</summary>
public sealed class MyDashboardTests : ComponentTestContext
{
    private static DashboardDto Coordinator(int overdue, int dueSoon)
    {
        var overdueItems = Enumerable.Range(1, overdue).Select(i => new WallOverdueItem("工作事项", 10, $"逾期事项{i}", i, "units/10/work-items")).ToList();
        var dueItems = Enumerable.Range(1, dueSoon).Select(i => new WallDueItem("时间节点", 10, $"到期事项{i}", new DateOnly(2014, 4, 12), "units/10")).ToList();
        var snapshot = WallSnapshots.Build(overdue: overdueItems, dueSoon: dueItems);
        return new DashboardDto(snapshot, true, false, false, overdueItems, dueItems, [], [], [], []);
    }

    [Fact]
    public void Eighteen_overdue_items_show_twelve_and_a_link_to_all_eighteen()
    {
        var dashboard = Render<MyDashboard>(p => p.Add(x => x.Dashboard, Coordinator(18, 2)));

        var section = dashboard.Find("[data-testid=dash-overdue]");
        Assert.Contains("18", section.QuerySelector(".ch-dash-count")!.TextContent);
        Assert.Equal(12, section.QuerySelectorAll("li").Length);
        var more = dashboard.Find("[data-testid=dash-overdue-more]");
        Assert.Equal("查看全部18项", more.TextContent);
        Assert.Equal("?all=overdue#dash-overdue", more.GetAttribute("href"));
        Assert.Empty(dashboard.FindAll("[data-testid=dash-due-soon-more]"));
    }

    [Fact]
    public void Following_the_link_lists_every_item_and_drops_the_link()
    {
        var dashboard = Render<MyDashboard>(p => p.Add(x => x.Dashboard, Coordinator(18, 2)).Add(x => x.ShowAll, "overdue"));

        Assert.Equal(18, dashboard.Find("[data-testid=dash-overdue]").QuerySelectorAll("li").Length);
        Assert.Contains("逾期事项18", dashboard.Markup);
        Assert.Empty(dashboard.FindAll("[data-testid=dash-overdue-more]"));
    }

    [Fact]
    public void A_short_list_has_no_link()
    {
        var dashboard = Render<MyDashboard>(p => p.Add(x => x.Dashboard, Coordinator(3, 0)));

        Assert.Equal(3, dashboard.Find("[data-testid=dash-overdue]").QuerySelectorAll("li").Length);
        Assert.Empty(dashboard.FindAll("[data-testid=dash-overdue-more]"));
        Assert.Contains("暂无", dashboard.Find("[data-testid=dash-due-soon]").TextContent);
    }
}

using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Features.Campaigns;
using CampaignHub.Features.Units;
using CampaignHub.Identity;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CampaignHub.Components.Tests.Features.Units;

/// <summary>The unit page (the unit tree's detail) offers marking milestones only to those who may edit the unit.</summary>
public sealed class UnitPageTests : ComponentTestContext
{
    private readonly UnitsTestDatabase _database;

    public UnitPageTests()
    {
        _database = new UnitsTestDatabase(new ShiftedClock(DemoToday, DateTimeOffset.UtcNow));
        _database.AddTo(Services);
        Services.AddScoped<UnitService>();
        Services.AddScoped<MilestoneService>();
        Services.AddScoped<CurrentActor>();
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void Coordinator_of_the_street_sees_mark_met_on_their_own_unit()
    {
        SignInAs(Roles.Coordinator, _database.StreetId);

        var page = Render<UnitPage>(p => p.Add(x => x.UnitId, _database.StreetId));

        page.WaitForAssertion(() => Assert.Contains("东山街道办事处", page.Find("h1").TextContent));
        Assert.Single(page.FindAll("[data-testid=unit-milestones] button"));
        Assert.Contains("标记完成", page.Find("[data-testid=unit-milestones] button").TextContent);
    }

    [Fact]
    public void Coordinator_of_the_street_may_also_mark_met_for_a_community_under_it()
    {
        SignInAs(Roles.Coordinator, _database.StreetId);

        var page = Render<UnitPage>(p => p.Add(x => x.UnitId, _database.CommunityId));

        page.WaitForAssertion(() => Assert.Contains("上坊社区居委会", page.Find("h1").TextContent));
        Assert.Single(page.FindAll("[data-testid=unit-milestones] button"));
        Assert.Contains("东山街道", page.Find("[data-testid=unit-breadcrumb]").TextContent);
    }

    [Fact]
    public void Coordinator_of_the_community_sees_the_street_read_only()
    {
        SignInAs(Roles.Coordinator, _database.CommunityId);

        var page = Render<UnitPage>(p => p.Add(x => x.UnitId, _database.StreetId));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=unit-milestones] tr")));
        Assert.Empty(page.FindAll("[data-testid=unit-milestones] button"));
    }

    [Theory]
    [InlineData(Roles.Leader)]
    [InlineData(Roles.Supervisor)]
    public void Leaders_and_supervisors_see_every_unit_read_only(string role)
    {
        SignInAs(role);

        var page = Render<UnitPage>(p => p.Add(x => x.UnitId, _database.StreetId));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=unit-milestones] tr")));
        Assert.Empty(page.FindAll("[data-testid=unit-milestones] button"));
        Assert.Contains("单位进展报告", page.Markup);
    }

    [Fact]
    public void Office_may_mark_met_anywhere_and_the_dialog_asks_for_the_day_in_Chinese()
    {
        SignInAs(Roles.Office);
        var host = RenderDialogHost();

        var page = Render<UnitPage>(p => p.Add(x => x.UnitId, _database.DistrictId));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=unit-milestones] button")));
        page.Find("[data-testid=unit-milestones] button").Click();

        host.WaitForAssertion(() => Assert.Contains("标记完成：完成“双体验”", host.Markup));
        Assert.Contains("完成日期", host.Markup);
        Assert.Contains("截止日期：2014年4月15日", host.Markup);
        Assert.Equal("2014-04-10", host.Find("[data-testid=mark-milestone-dialog] input").GetAttribute("value"));
        Assert.NotNull(host.Find("[data-testid=met-save]"));
    }

    [Fact]
    public void Unit_list_shows_the_tree_with_Chinese_kinds_and_the_export_button()
    {
        SignInAs(Roles.Leader);

        var page = Render<UnitList>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tbody tr").Count));
        Assert.Contains("导出Excel", page.Find("[data-testid=units-export]").TextContent);
        Assert.Contains("街道/乡镇", page.Markup);
        Assert.DoesNotContain("StreetOrTownship", page.Markup);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
    }
}

using CampaignHub.Features.Dashboard;
using CampaignHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Dashboard;

public sealed class DashboardTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task A_coordinator_sees_only_their_unit_and_its_sub_units_on_their_dashboard()
    {
        var service = factory.Services.CreateScope().ServiceProvider.GetRequiredService<DashboardService>();
        var dongshan = new[] { "东山街道", "上坊社区", "竹山社区", "东山街道便民服务中心" };
        var scope = new HashSet<int>();
        foreach (var name in dongshan)
        {
            scope.Add(await DemoLookup.UnitIdAsync(factory, name));
        }

        var coordinator = await service.GetAsync(await Accounts.ActorAsync(factory, "unit"), 1);
        var office = await service.GetAsync(await Accounts.ActorAsync(factory, "office"), 1);

        Assert.NotEmpty(coordinator.Overdue);
        Assert.All(coordinator.Overdue, o => Assert.Contains(o.UnitId, scope));
        Assert.True(office.Overdue.Count > coordinator.Overdue.Count);
        Assert.Contains(office.Overdue, o => !scope.Contains(o.UnitId));
    }

    [Fact]
    public async Task Milestones_due_within_seven_days_are_listed_as_due_soon()
    {
        var service = factory.Services.CreateScope().ServiceProvider.GetRequiredService<DashboardService>();

        var dashboard = await service.GetAsync(await Accounts.ActorAsync(factory, "unit"), 1);

        // Today is 2014-04-10 in the tests; "完成“双体验”" is due 2014-04-15.
        Assert.Contains(dashboard.DueSoon, d => d.Title == "完成“双体验”" && d.DueDate == new DateOnly(2014, 4, 15));
        Assert.DoesNotContain(dashboard.DueSoon, d => d.DueDate < factory.Clock.Today);
    }
}

using System.Net;
using System.Net.Http.Json;
using CampaignHub.Features.ContactDuties;
using CampaignHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.ContactDuties;

/// <summary>Research plans and exchanges over the API and in the demo: flags, another unit's ids, hostile input.</summary>
public sealed class ResearchApiTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task The_demo_flags_leaders_without_a_plan_and_shows_dongshans_exchange()
    {
        var research = factory.Services.CreateScope().ServiceProvider.GetRequiredService<ResearchService>();

        var board = await research.GetBoardAsync(await Accounts.ActorAsync(factory, "office"), 2014);

        Assert.Contains(board.Leaders, l => l.Standing.IsFlagged && l.Standing.Text == "未制定年度调研计划");
        Assert.Contains(board.Leaders, l => l.Topics.Any(t => t.ReportFiledOn is not null));
        var dongshan = board.Units.Single(u => u.UnitName == "东山街道");
        Assert.Single(dongshan.Exchanges);
        Assert.NotEmpty(dongshan.Exchanges[0].Reports);
    }

    [Fact]
    public async Task A_coordinator_cannot_file_a_plan_for_another_units_leader_and_bad_input_is_a_Chinese_400()
    {
        var coordinator = await Accounts.SignedInClientAsync(factory, "unit"); // 东山街道
        var research = factory.Services.CreateScope().ServiceProvider.GetRequiredService<ResearchService>();
        var board = await research.GetBoardAsync(await Accounts.ActorAsync(factory, "office"), 2014);
        var otherUnitsLeader = board.Leaders.First(l => l.UnitName != "东山街道" && l.PlanId is null);
        var dongshanPlan = board.Leaders.First(l => l.UnitName == "东山街道" && l.PlanId is not null);

        var foreign = await coordinator.PostAsJsonAsync("/api/contacts/research/plans", new FileResearchPlanRequest(otherUnitsLeader.PersonId, 2014, ["课题"]));
        var duplicate = await coordinator.PostAsJsonAsync("/api/contacts/research/plans", new FileResearchPlanRequest(dongshanPlan.PersonId, 2014, ["课题"]));
        var missing = await coordinator.PostAsJsonAsync("/api/contacts/research/plans", new FileResearchPlanRequest(999999, 2014, ["课题"]));
        var futureReport = await coordinator.PostAsJsonAsync($"/api/contacts/research/plans/{dongshanPlan.PlanId}/reports",
            new FileResearchReportRequest(dongshanPlan.Topics[^1].Id, "报告", "建议", new DateOnly(2014, 12, 1), dongshanPlan.PlanVersion));

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("已制定2014年度调研计划", await duplicate.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, futureReport.StatusCode);
        Assert.Contains("报告日期不能晚于今天", await futureReport.Content.ReadAsStringAsync());
    }
}

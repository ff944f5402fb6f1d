using System.Net;
using System.Net.Http.Json;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Features.Plans;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Plans;

public sealed class PlanApprovalTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private PlanService Plans => factory.Services.CreateScope().ServiceProvider.GetRequiredService<PlanService>();

    [Fact]
    public async Task A_coordinator_cannot_approve_their_own_plan()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit"); // 东山街道
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var campaign = (await DemoLookup.CampaignAsync(factory)).Id;
        var returned = await Plans.GetAsync(coordinator, campaign, dongshan);
        Assert.Equal(PlanStatus.Returned, returned.Status);

        // The coordinator revises and resubmits their own plan, then tries to approve it.
        var submitted = await Plans.SubmitAsync(coordinator, campaign, dongshan, returned.Text with { GuidingIdea = returned.Text.GuidingIdea + "\n结合东山街道实际。" }, returned.Version);
        Assert.Equal(PlanStatus.Submitted, submitted.Status);
        Assert.False(submitted.CanDecide);

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => Plans.ApproveAsync(coordinator, submitted.PlanId!.Value, submitted.Version!.Value, null));
        Assert.Equal("只有活动办才能审批实施方案", refused.Message);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Plans.ReturnAsync(coordinator, submitted.PlanId!.Value, submitted.Version!.Value, "自己退回"));

        // Nor by a crafted HTTP call.
        var client = await Accounts.SignedInClientAsync(factory, "unit");
        var response = await client.PostAsJsonAsync($"/api/plans/{submitted.PlanId}/approve", new DecidePlanRequest(submitted.Version!.Value, null));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        var after = await Plans.GetAsync(coordinator, campaign, dongshan);
        Assert.Equal(PlanStatus.Submitted, after.Status);
        Assert.Equal(PlanDecision.Pending, after.Versions[^1].Decision);
    }

    [Fact]
    public async Task The_office_returns_a_plan_with_a_required_reason_that_the_unit_then_sees()
    {
        var office = await Accounts.ActorAsync(factory, "office");
        var chengguan = await DemoLookup.UnitIdAsync(factory, "区城市管理局");
        var campaign = (await DemoLookup.CampaignAsync(factory)).Id;
        var plan = await Plans.GetAsync(office, campaign, chengguan);
        Assert.Equal(PlanStatus.Submitted, plan.Status);

        var blank = await Assert.ThrowsAsync<DomainException>(() => Plans.ReturnAsync(office, plan.PlanId!.Value, plan.Version!.Value, "  "));
        Assert.Equal("退回原因不能为空", blank.Message);

        await Plans.ReturnAsync(office, plan.PlanId!.Value, plan.Version!.Value, "请补充“双体验”的具体岗位");

        var client = await Accounts.SignedInClientAsync(factory, "leader");
        var seen = await client.GetFromJsonAsync<PlanDto>($"/api/campaigns/{campaign}/units/{chengguan}/plan", ApiJson.Options);
        Assert.Equal(PlanStatus.Returned, seen!.Status);
        Assert.Equal("请补充“双体验”的具体岗位", seen.ReturnReason);
    }

    [Fact]
    public async Task Every_submission_is_kept_as_a_version_and_the_diff_shows_the_changes()
    {
        var office = await Accounts.ActorAsync(factory, "office");
        var renshe = await DemoLookup.UnitIdAsync(factory, "区人力资源和社会保障局");
        var campaign = (await DemoLookup.CampaignAsync(factory)).Id;

        var plan = await Plans.GetAsync(office, campaign, renshe);

        Assert.Equal(2, plan.Versions.Count);
        Assert.Equal(PlanDecision.Returned, plan.Versions[0].Decision);
        var diff = PlanDiff.Compare(plan.Versions[0].Text, plan.Versions[1].Text);
        Assert.Contains(diff, s => s.Section == PlanSection.Organisation && s.Added > 0);
    }

    [Fact]
    public async Task The_office_overview_lists_every_enrolled_unit_with_its_plan_status()
    {
        var client = await Accounts.SignedInClientAsync(factory, "supervisor");
        var campaign = (await DemoLookup.CampaignAsync(factory)).Id;

        var overview = await client.GetFromJsonAsync<PlanOverviewDto>($"/api/campaigns/{campaign}/plans", ApiJson.Options);

        Assert.Equal(17, overview!.Units.Count);
        Assert.True(overview.Count(null) >= 2);
        Assert.True(overview.Count(PlanStatus.Approved) >= 5);
        Assert.True(overview.Count(PlanStatus.Draft) >= 1);
        Assert.True(overview.OverdueItems > 0);
        Assert.Contains(overview.Units, u => u.Experience.Verdict == ExperienceCountVerdict.TooFew && !u.Experience.NotReported);
        Assert.Contains(overview.Units, u => u.Experience.Verdict == ExperienceCountVerdict.TooMany);
    }

    [Fact]
    public async Task A_coordinator_cannot_write_another_units_plan()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var moling = await DemoLookup.UnitIdAsync(factory, "秣陵街道");
        var campaign = (await DemoLookup.CampaignAsync(factory)).Id;

        var client = await Accounts.SignedInClientAsync(factory, "unit");
        var response = await client.PutAsJsonAsync($"/api/campaigns/{campaign}/units/{moling}/plan", new SavePlanRequest(new PlanText("伪造", null, null, null), null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Plans.SaveDraftAsync(coordinator, campaign, moling, new PlanText("伪造", null, null, null), null));
        await using var db = await DemoLookup.DbAsync(factory);
        Assert.False(await db.Set<ImplementationPlan>().AnyAsync(p => p.UnitId == moling && p.GuidingIdea == "伪造"));
    }
}

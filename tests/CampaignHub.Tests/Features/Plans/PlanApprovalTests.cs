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

    private WorkItemService Items => factory.Services.CreateScope().ServiceProvider.GetRequiredService<WorkItemService>();

    [Fact]
    public async Task A_coordinator_cannot_approve_their_own_plan()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit"); // 东山街道
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var campaign = (await DemoLookup.CampaignAsync(factory)).Id;
        var returned = await Plans.GetAsync(coordinator, campaign, dongshan);
        Assert.Equal(PlanStatus.Returned, returned.Status);

        // The plan came back and one experience activity was cancelled since: two are left, so it cannot go back yet.
        var text = returned.Text with { GuidingIdea = returned.Text.GuidingIdea + "\n结合东山街道实际。" };
        var tooFew = await Assert.ThrowsAsync<DomainException>(() => Plans.SubmitAsync(coordinator, campaign, dongshan, text, returned.Version));
        Assert.Equal("一线体验活动应上报3至5个，本单位目前有2个，方案不能提交", tooFew.Message);
        await Items.AddAsync(coordinator, campaign, dongshan, new WorkItemDetails("以群众身份到社区服务中心办事体验", WorkItemKind.ExperienceAsPublic, new DateOnly(2014, 4, 14)));

        // The coordinator revises and resubmits their own plan, then tries to approve it.
        var submitted = await Plans.SubmitAsync(coordinator, campaign, dongshan, text, returned.Version);
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
    public async Task The_office_cannot_approve_a_plan_whose_experience_activities_grew_to_six_and_sees_why()
    {
        var office = await Accounts.ActorAsync(factory, "office");
        var zhushan = await DemoLookup.UnitIdAsync(factory, "竹山社区");
        var campaign = (await DemoLookup.CampaignAsync(factory)).Id;
        var added = new List<WorkItemDto>();
        for (var i = 0; i < 3; i++)
        {
            added.Add(await Items.AddAsync(office, campaign, zhushan, new WorkItemDetails($"以工作人员身份在社区服务站体验第{i + 1}天", WorkItemKind.ExperienceAsStaff, new DateOnly(2014, 4, 20 + i))));
        }

        var plan = await Plans.GetAsync(office, campaign, zhushan);
        Assert.Equal(6, plan.Experience.Count);
        Assert.Equal("一线体验活动应上报3至5个，本单位目前有6个，方案不能批准", plan.Can(PlanAction.Approve).Reason);
        Assert.Equal(RefusalKind.Blocked, plan.Can(PlanAction.Approve).Refusal);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Plans.ApproveAsync(office, plan.PlanId!.Value, plan.Version!.Value, null));
        Assert.Equal("一线体验活动应上报3至5个，本单位目前有6个，方案不能批准", refused.Message);

        var client = await Accounts.SignedInClientAsync(factory, "office");
        var overview = await client.GetFromJsonAsync<PlanOverviewDto>($"/api/campaigns/{campaign}/plans", ApiJson.Options);
        var row = overview!.Units.Single(u => u.UnitId == zhushan);
        Assert.Equal(6, row.Experience.Count);
        Assert.False(row.Approve.IsAllowed);
        Assert.True(row.Return.IsAllowed);
        Assert.Equal(PlanStatus.Submitted, (await Plans.GetAsync(office, campaign, zhushan)).Status);

        // Cancelling the extra three brings the count back within the range, and approval is possible again.
        foreach (var item in added)
        {
            await Items.CancelAsync(office, item.Id, item.Version, "与社区服务站体验重复");
        }

        Assert.True((await Plans.GetAsync(office, campaign, zhushan)).Can(PlanAction.Approve).IsAllowed);
    }

    [Fact]
    public async Task Every_submitted_or_approved_demo_plan_carries_three_to_five_experience_activities()
    {
        var client = await Accounts.SignedInClientAsync(factory, "office");
        var campaign = (await DemoLookup.CampaignAsync(factory)).Id;
        await using var db = await DemoLookup.DbAsync(factory);
        var decided = await db.Set<ImplementationPlan>().AsNoTracking()
            .Where(p => p.CampaignId == campaign && (p.Status == PlanStatus.Approved || p.Status == PlanStatus.Submitted))
            .Select(p => p.UnitId).ToListAsync();

        var overview = await client.GetFromJsonAsync<PlanOverviewDto>($"/api/campaigns/{campaign}/plans", ApiJson.Options);

        Assert.NotEmpty(decided);
        Assert.All(overview!.Units.Where(u => decided.Contains(u.UnitId)), u => Assert.InRange(u.Experience.Count, 3, 5));
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

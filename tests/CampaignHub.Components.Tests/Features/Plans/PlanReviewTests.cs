using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Plans;
using CampaignHub.Features.Plans.Components;
using MudBlazor;
using static CampaignHub.Components.Tests.Features.Plans.PlanFixtures;

namespace CampaignHub.Components.Tests.Features.Plans;

/// <summary>The office's review list, the return-with-reason prompt and what the unit then sees.</summary>
public sealed class PlanReviewTests : ComponentTestContext
{
    private static UnitPlanRowDto Row(int unitId, string name, PlanStatus? status, int experiences, string? reason = null)
    {
        var (approve, giveBack) = ReviewAnswers(unitId, status, experiences);
        return new(unitId, name, UnitKind.VillageOrCommunity, 2, status is null ? null : unitId * 10, status, status is null ? null : 3, status is null ? 0 : 1,
            status is null ? null : DateTimeOffset.UtcNow, reason, 40m, 6, 0, Experience(experiences), approve, giveBack);
    }

    private static PlanOverviewDto Overview() => new(CampaignId, "“为民务实清廉”活动", new DateOnly(2014, 4, 10), 40m,
    [
        Row(10, "东山街道", PlanStatus.Returned, 2, "指导思想未结合街道实际，请结合辖区群众最关心的就业、养老问题重新表述，并补充三项体验活动的具体岗位"),
        Row(11, "上坊社区", PlanStatus.Approved, 4),
        Row(12, "竹山社区", PlanStatus.Submitted, 3),
        Row(13, "秣陵社区", null, 0),
    ]);

    [Fact]
    public void Review_list_offers_approve_and_return_only_on_submitted_plans()
    {
        var cut = Render<UnitPlanTable>(p => p.Add(x => x.Overview, Overview()).Add(x => x.ShowActions, true));

        Assert.Single(cut.FindAll("[data-testid^=approve-]"));
        Assert.Equal("批准", cut.Find("[data-testid=approve-12]").TextContent.Trim());
        Assert.Equal("退回", cut.Find("[data-testid=return-12]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=approve-10], [data-testid=approve-11], [data-testid=approve-13]"));
    }

    [Fact]
    public void Review_list_shows_each_units_experience_activity_count_beside_its_plan()
    {
        var cut = Render<UnitPlanTable>(p => p.Add(x => x.Overview, Overview()).Add(x => x.ShowActions, true));

        var submitted = cut.Find("[data-testid=plan-row-12]");
        Assert.Contains("已提交", submitted.QuerySelector("[data-testid=plan-status]")!.TextContent);
        Assert.Equal("体验活动3个", submitted.QuerySelector("[data-testid=experience-count-12]")!.TextContent.Trim());
        Assert.Equal("体验活动2个", cut.Find("[data-testid=experience-count-10]").TextContent.Trim());
        Assert.Equal("体验活动0个", cut.Find("[data-testid=experience-count-13]").TextContent.Trim());
    }

    [Fact]
    public void Long_return_reason_is_shown_in_full_not_cut_off()
    {
        var cut = Render<UnitPlanTable>(p => p.Add(x => x.Overview, Overview()).Add(x => x.ShowActions, true));

        var reason = cut.Find("[data-testid=plan-row-10] .ch-plan-reason-inline");
        Assert.Contains("并补充三项体验活动的具体岗位", reason.TextContent);
    }

    [Fact]
    public async Task Approving_and_returning_from_the_list_report_which_unit()
    {
        UnitPlanRowDto? approved = null, returned = null;
        var cut = Render<UnitPlanTable>(p => p.Add(x => x.Overview, Overview()).Add(x => x.ShowActions, true)
            .Add(x => x.OnApprove, r => approved = r).Add(x => x.OnReturn, r => returned = r));

        await cut.Find("[data-testid=approve-12]").ClickAsync(new());
        await cut.Find("[data-testid=return-12]").ClickAsync(new());

        Assert.Equal(12, approved?.UnitId);
        Assert.Equal(12, returned?.UnitId);
    }

    [Fact]
    public void Campaign_overview_lists_plans_without_review_buttons()
    {
        var cut = Render<UnitPlanTable>(p => p.Add(x => x.Overview, Overview()));

        Assert.Empty(cut.FindAll("[data-testid^=approve-], [data-testid^=return-]"));
        Assert.Equal(4, cut.FindAll("tbody tr").Count);
    }

    [Fact]
    public async Task Return_dialog_refuses_an_empty_reason_in_Chinese_beside_the_field_then_returns_the_reason()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<string?> reason = null!;
        await host.InvokeAsync(() => { reason = dialogs.AskReturnReasonAsync("竹山社区"); });

        Assert.Contains("退回“竹山社区”的实施方案", host.Markup);
        Assert.Contains("退回原因将醒目地显示给该单位联络员。", host.Markup);
        host.Find("[data-testid=prompt-ok]").Click();
        Assert.StartsWith("请填写退回原因", host.Find(".mud-input-helper-text.mud-input-error").TextContent.Trim(), StringComparison.Ordinal);
        Assert.False(reason.IsCompleted);

        host.Find("textarea").Input("  请补充社区“双体验”的具体岗位和时间  ");
        host.Find("[data-testid=prompt-ok]").Click();

        Assert.Equal("请补充社区“双体验”的具体岗位和时间", await reason);
    }

    [Fact]
    public async Task Cancelling_the_return_dialog_returns_nothing()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<string?> reason = null!;
        await host.InvokeAsync(() => { reason = dialogs.AskReturnReasonAsync("竹山社区"); });

        host.FindAll("button").First(b => b.TextContent.Trim() == "取消").Click();

        Assert.Null(await reason);
    }

    [Fact]
    public void Coordinator_sees_the_return_reason_and_who_returned_it_by_display_name()
    {
        var cut = Render<PlanStatusPanel>(p => p.Add(x => x.Plan, PlanAs(Coordinator, PlanStatus.Returned)));

        var alert = cut.Find("[data-testid=plan-return-reason]");
        Assert.Contains("退回原因：指导思想未结合社区实际", alert.TextContent);
        Assert.Contains("活动办张主任", alert.TextContent);
        Assert.DoesNotContain("office", cut.Markup);
        Assert.Contains("竹山社区联络员", cut.Markup);
    }
}

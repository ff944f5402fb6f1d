using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Features.Plans.Components;
using static CampaignHub.Components.Tests.Features.Plans.PlanFixtures;

namespace CampaignHub.Components.Tests.Features.Plans;

/// <summary>Which plan actions each role sees in each plan state.</summary>
public sealed class PlanActionsTests : ComponentTestContext
{
    private IRenderedComponent<PlanActions> RenderFor(Actor viewer, PlanStatus? status) =>
        Render<PlanActions>(p => p.Add(x => x.Plan, PlanAs(viewer, status)));

    private static bool Shows(IRenderedComponent<PlanActions> cut, string testId) => cut.FindAll($"[data-testid={testId}]").Count > 0;

    [Fact]
    public void Coordinator_sees_save_and_submit_but_not_approve_on_a_draft_plan()
    {
        var cut = RenderFor(Coordinator, PlanStatus.Draft);

        Assert.True(Shows(cut, "plan-save"));
        Assert.Contains("提交活动办审批", cut.Find("[data-testid=plan-submit]").TextContent);
        Assert.False(Shows(cut, "plan-approve"));
        Assert.False(Shows(cut, "plan-return"));
    }

    [Fact]
    public void Coordinator_may_start_a_plan_not_yet_written()
    {
        var cut = RenderFor(Coordinator, null);

        Assert.True(Shows(cut, "plan-save"));
        Assert.True(Shows(cut, "plan-submit"));
        Assert.False(Shows(cut, "plan-approve"));
    }

    [Fact]
    public void Coordinator_sees_resubmit_after_the_office_returned_the_plan()
    {
        var cut = RenderFor(Coordinator, PlanStatus.Returned);

        Assert.Contains("修改后重新提交", cut.Find("[data-testid=plan-submit]").TextContent);
        Assert.False(Shows(cut, "plan-approve"));
    }

    [Fact]
    public void Coordinator_can_neither_edit_nor_approve_a_submitted_plan()
    {
        var cut = RenderFor(Coordinator, PlanStatus.Submitted);

        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void Office_sees_approve_and_return_on_a_submitted_plan_but_not_submit()
    {
        var cut = RenderFor(Office, PlanStatus.Submitted);

        Assert.Equal("批准", cut.Find("[data-testid=plan-approve]").TextContent.Trim());
        Assert.Equal("退回", cut.Find("[data-testid=plan-return]").TextContent.Trim());
        Assert.False(Shows(cut, "plan-submit"));
        Assert.False(Shows(cut, "plan-save"));
    }

    [Fact]
    public void Office_cannot_decide_a_draft_or_returned_plan()
    {
        Assert.False(Shows(RenderFor(Office, PlanStatus.Draft), "plan-approve"));
        Assert.False(Shows(RenderFor(Office, PlanStatus.Returned), "plan-return"));
    }

    [Theory]
    [InlineData(Roles.Office)]
    [InlineData(Roles.Coordinator)]
    public void Nobody_changes_or_decides_an_approved_plan(string role)
    {
        var cut = RenderFor(role == Roles.Office ? Office : Coordinator, PlanStatus.Approved);

        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void Coordinator_of_another_unit_sees_no_actions_on_a_draft()
    {
        var cut = RenderFor(OtherCoordinator, PlanStatus.Draft);

        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void Unsaved_changes_are_pointed_out_beside_the_buttons()
    {
        var cut = Render<PlanActions>(p => p.Add(x => x.Plan, PlanAs(Coordinator, PlanStatus.Draft)).Add(x => x.Dirty, true));

        Assert.Equal("有未保存的修改", cut.Find("[data-testid=plan-dirty]").TextContent);
    }
}

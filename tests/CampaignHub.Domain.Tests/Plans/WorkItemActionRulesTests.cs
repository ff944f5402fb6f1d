using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Plans;

/// <summary>
/// What may be done with a work item and why not (<see cref="WorkItem.WhyCannot"/>): the grid renders its buttons
/// from these answers and the verbs refuse with the same ones.
/// </summary>
public class WorkItemActionRulesTests
{
    private readonly FixedClock _clock = PlanFixtures.Clock();
    private readonly UnitTree _tree = PlanFixtures.Tree();
    private readonly Actor _coordinator = ActorBuilder.Coordinator(PlanFixtures.Street);

    [Theory]
    [InlineData(WorkItemStatus.Planned)]
    [InlineData(WorkItemStatus.Approved)]
    public void Progress_can_be_entered_only_once_the_work_item_has_started(WorkItemStatus status)
    {
        var waiting = new WorkItemBuilder().In(status).Build();
        var running = new WorkItemBuilder().In(WorkItemStatus.InProgress, 20).Build();

        var answer = waiting.WhyCannot(WorkItemAction.EnterProgress, _coordinator, _tree, PlanStatus.Approved);

        Assert.Equal(ActionAnswer.Blocked(WorkItemActionRules.ProgressBeforeStart), answer);
        Assert.Equal(answer.Reason, Assert.Throws<DomainException>(() => waiting.UpdateProgress(30, _coordinator, _tree, _clock)).Message);
        Assert.True(running.WhyCannot(WorkItemAction.EnterProgress, _coordinator, _tree, PlanStatus.Approved).IsAllowed);
    }

    [Fact]
    public void Only_the_office_may_approve_a_work_item_and_only_while_it_is_planned()
    {
        var planned = new WorkItemBuilder().Experience().Build();
        var approved = new WorkItemBuilder().Experience().In(WorkItemStatus.Approved).Build();

        Assert.Equal(RefusalKind.NotPermitted, planned.WhyCannot(WorkItemAction.Approve, _coordinator, _tree, PlanStatus.Approved).Refusal);
        Assert.Throws<AccessDeniedException>(() => planned.Approve(_coordinator, _clock));
        Assert.True(planned.WhyCannot(WorkItemAction.Approve, ActorBuilder.Office(), _tree, PlanStatus.Approved).IsAllowed);
        Assert.Equal(ActionAnswer.NotApplicable("只有计划中的事项才能批准"), approved.WhyCannot(WorkItemAction.Approve, ActorBuilder.Office(), _tree, PlanStatus.Approved));
    }

    [Fact]
    public void Start_waits_for_the_plan_and_for_the_offices_approval_of_an_experience_item()
    {
        var experience = new WorkItemBuilder().Experience().Build();

        Assert.Equal(ActionAnswer.Blocked("单位实施方案批准后才能开始工作事项"), experience.WhyCannot(WorkItemAction.Start, _coordinator, _tree, PlanStatus.Submitted));
        Assert.Equal(ActionAnswer.Blocked("一线体验活动须经活动办同意后才能实施"), experience.WhyCannot(WorkItemAction.Start, _coordinator, _tree, PlanStatus.Approved));
        Assert.Equal("一线体验活动须经活动办同意后才能实施", Assert.Throws<DomainException>(() => experience.Start(PlanStatus.Approved, _coordinator, _tree, _clock)).Message);
    }

    [Fact]
    public void Complete_is_blocked_until_evidence_is_uploaded_and_then_allowed()
    {
        var running = new WorkItemBuilder().In(WorkItemStatus.InProgress, 50).Build();

        var before = running.WhyCannot(WorkItemAction.Complete, _coordinator, _tree, PlanStatus.Approved);
        running.AddEvidence("照片.png", "e/1.png", "image/png", 1000, _coordinator, _tree, _clock);

        Assert.Equal(ActionAnswer.Blocked("每一项活动都要有实物资料，请先上传照片或PDF文件"), before);
        Assert.True(running.WhyCannot(WorkItemAction.Complete, _coordinator, _tree, PlanStatus.Approved).IsAllowed);
    }

    [Fact]
    public void A_coordinator_of_another_unit_is_not_permitted_any_action_on_the_item()
    {
        var item = new WorkItemBuilder().In(WorkItemStatus.InProgress, 10).Build();
        var other = ActorBuilder.Coordinator(PlanFixtures.Agency);

        Assert.All(Enum.GetValues<WorkItemAction>(), action =>
            Assert.Equal(RefusalKind.NotPermitted, item.WhyCannot(action, other, _tree, PlanStatus.Approved).Refusal));
        Assert.Throws<AccessDeniedException>(() => item.Cancel("不做了", other, _tree, _clock));
    }

    [Theory]
    [InlineData(WorkItemStatus.Done)]
    [InlineData(WorkItemStatus.Cancelled)]
    public void A_finished_item_offers_no_edit_cancel_or_delete(WorkItemStatus status)
    {
        var item = new WorkItemBuilder().In(status).Build();

        foreach (var action in new[] { WorkItemAction.Edit, WorkItemAction.Cancel, WorkItemAction.Delete, WorkItemAction.Start })
        {
            Assert.Equal(RefusalKind.NotApplicable, item.WhyCannot(action, _coordinator, _tree, PlanStatus.Approved).Refusal);
        }
    }

    [Fact]
    public void Only_a_planned_item_without_evidence_can_be_deleted()
    {
        var planned = new WorkItemBuilder().Build();
        var withEvidence = new WorkItemBuilder().Build();
        withEvidence.AddEvidence("照片.png", "e/1.png", "image/png", 1000, _coordinator, _tree, _clock);

        Assert.True(planned.WhyCannot(WorkItemAction.Delete, _coordinator, _tree, null).IsAllowed);
        var refused = withEvidence.WhyCannot(WorkItemAction.Delete, _coordinator, _tree, null);
        Assert.Equal(RefusalKind.NotApplicable, refused.Refusal);
        Assert.Equal(refused.Reason, Assert.Throws<DomainException>(() => withEvidence.Delete(_coordinator, _tree)).Message);
    }

    [Fact]
    public void The_last_evidence_of_a_done_item_cannot_be_removed_until_another_is_uploaded()
    {
        var done = new WorkItemBuilder().In(WorkItemStatus.Done).Build();

        Assert.Equal(ActionAnswer.Blocked("已完成的事项至少要保留一份实物资料"), done.WhyCannot(WorkItemAction.RemoveEvidence, _coordinator, _tree, null));
        done.AddEvidence("补充.pdf", "e/2.pdf", "application/pdf", 1000, _coordinator, _tree, _clock);
        Assert.True(done.WhyCannot(WorkItemAction.RemoveEvidence, _coordinator, _tree, null).IsAllowed);
    }

    [Fact]
    public void A_cancelled_item_takes_no_more_evidence()
    {
        var cancelled = new WorkItemBuilder().In(WorkItemStatus.Cancelled).Build();

        Assert.Equal(ActionAnswer.NotApplicable("已取消的事项不能上传实物资料"), cancelled.WhyCannot(WorkItemAction.AddEvidence, _coordinator, _tree, null));
    }
}

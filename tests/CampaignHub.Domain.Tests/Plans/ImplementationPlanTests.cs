using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Plans;

public class ImplementationPlanTests
{
    private readonly FixedClock _clock = PlanFixtures.Clock();
    private readonly UnitTree _tree = PlanFixtures.Tree();

    [Fact]
    public void A_coordinator_drafts_and_submits_their_units_plan()
    {
        var coordinator = ActorBuilder.Coordinator(PlanFixtures.Street);
        var plan = ImplementationPlan.Draft(PlanFixtures.CampaignId, PlanFixtures.Street, PlanFixtures.FullText(), coordinator, _tree, _clock);

        var version = plan.Submit(coordinator, _tree, _clock, PlanFixtures.Experiences());

        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.Equal(1, version.Number);
        Assert.Equal(PlanDecision.Pending, version.Decision);
        Assert.Equal("unit", version.SubmittedBy);
        Assert.Equal(_clock.UtcNow, version.SubmittedAt);
    }

    [Fact]
    public void A_coordinator_of_the_level_above_may_draft_a_sub_units_plan() =>
        Assert.Equal(PlanStatus.Draft, ImplementationPlan.Draft(PlanFixtures.CampaignId, PlanFixtures.Community, null, ActorBuilder.Coordinator(PlanFixtures.Street), _tree, _clock).Status);

    [Fact]
    public void A_coordinator_cannot_draft_or_edit_another_units_plan()
    {
        var other = ActorBuilder.Coordinator(PlanFixtures.Agency);
        Assert.Throws<AccessDeniedException>(() => ImplementationPlan.Draft(PlanFixtures.CampaignId, PlanFixtures.Street, null, other, _tree, _clock));

        var plan = new PlanBuilder().Build();
        Assert.Throws<AccessDeniedException>(() => plan.Revise(PlanFixtures.FullText("改"), other, _tree, _clock));
        Assert.Throws<AccessDeniedException>(() => plan.Submit(other, _tree, _clock, PlanFixtures.Experiences()));
    }

    [Fact]
    public void Leaders_and_supervisors_read_plans_but_cannot_edit_them()
    {
        var plan = new PlanBuilder().Build();

        Assert.Throws<AccessDeniedException>(() => plan.Revise(PlanFixtures.FullText(), ActorBuilder.Leader(), _tree, _clock));
        Assert.Throws<AccessDeniedException>(() => plan.Submit(ActorBuilder.Supervisor(), _tree, _clock, PlanFixtures.Experiences()));
    }

    [Fact]
    public void The_office_may_edit_and_submit_on_behalf_of_a_unit()
    {
        var plan = new PlanBuilder().Build();

        plan.Revise(PlanFixtures.FullText("代为修改"), ActorBuilder.Office(), _tree, _clock);
        plan.Submit(ActorBuilder.Office(), _tree, _clock, PlanFixtures.Experiences());

        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Fact]
    public void A_plan_is_submitted_only_when_all_four_sections_are_written()
    {
        var plan = new PlanBuilder().WithText(new PlanText("指导思想", "主要内容", "  ", "组织领导")).Build();

        var error = Assert.Throws<DomainException>(() => plan.Submit(ActorBuilder.Coordinator(PlanFixtures.Street), _tree, _clock, PlanFixtures.Experiences()));

        Assert.Equal("提交前请填写“方法步骤和时间安排”", error.Message);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Empty(plan.Versions);
    }

    [Fact]
    public void The_office_approves_a_submitted_plan()
    {
        var plan = new PlanBuilder().Submitted().Build();

        plan.Approve("同意", ActorBuilder.Office(), _clock, PlanFixtures.Experiences());

        Assert.Equal(PlanStatus.Approved, plan.Status);
        Assert.Equal(PlanDecision.Approved, plan.LatestVersion!.Decision);
        Assert.Equal("office", plan.LatestVersion.DecidedBy);
        Assert.Equal("同意", plan.LatestVersion.DecisionComment);
    }

    [Fact]
    public void A_coordinator_can_never_approve_or_return_not_even_their_own_plan()
    {
        var plan = new PlanBuilder().Submitted().Build();
        var own = ActorBuilder.Coordinator(PlanFixtures.Street);
        var above = ActorBuilder.Coordinator(1);

        Assert.Equal("只有活动办才能审批实施方案", Assert.Throws<AccessDeniedException>(() => plan.Approve(null, own, _clock, PlanFixtures.Experiences())).Message);
        Assert.Throws<AccessDeniedException>(() => plan.Return("不行", own, _clock));
        Assert.Throws<AccessDeniedException>(() => plan.Approve(null, above, _clock, PlanFixtures.Experiences()));
        Assert.False(plan.CanDecide(own));
        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Fact]
    public void Leaders_and_supervisors_cannot_approve()
    {
        var plan = new PlanBuilder().Submitted().Build();

        Assert.Throws<AccessDeniedException>(() => plan.Approve(null, ActorBuilder.Leader(), _clock, PlanFixtures.Experiences()));
        Assert.Throws<AccessDeniedException>(() => plan.Approve(null, ActorBuilder.Supervisor(), _clock, PlanFixtures.Experiences()));
    }

    [Fact]
    public void A_draft_cannot_be_approved_or_returned()
    {
        var plan = new PlanBuilder().Build();

        Assert.Equal("只有已提交待审批的方案才能批准或退回", Assert.Throws<DomainException>(() => plan.Approve(null, ActorBuilder.Office(), _clock, PlanFixtures.Experiences())).Message);
        Assert.Throws<DomainException>(() => plan.Return("原因", ActorBuilder.Office(), _clock));
    }

    [Fact]
    public void A_plan_cannot_be_returned_without_a_reason()
    {
        var plan = new PlanBuilder().Submitted().Build();

        Assert.Equal("退回原因不能为空", Assert.Throws<DomainException>(() => plan.Return("  ", ActorBuilder.Office(), _clock)).Message);
        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Fact]
    public void A_returned_plan_shows_the_reason_is_revised_and_submitted_again()
    {
        var coordinator = ActorBuilder.Coordinator(PlanFixtures.Street);
        var plan = new PlanBuilder().Submitted().Build();

        plan.Return("时间安排不具体，请细化到周", ActorBuilder.Office(), _clock);
        Assert.Equal(PlanStatus.Returned, plan.Status);
        Assert.Equal("时间安排不具体，请细化到周", plan.ReturnReason);

        plan.Revise(PlanFixtures.FullText() with { Schedule = "第一周：学习\n第二周：对接" }, coordinator, _tree, _clock);
        var second = plan.Submit(coordinator, _tree, _clock, PlanFixtures.Experiences());

        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.Equal(2, second.Number);
        Assert.Null(plan.ReturnReason);
    }

    [Fact]
    public void A_submitted_or_approved_plan_cannot_be_edited_or_submitted_again()
    {
        var coordinator = ActorBuilder.Coordinator(PlanFixtures.Street);
        var submitted = new PlanBuilder().Submitted().Build();
        var approved = new PlanBuilder().Approved().Build();

        Assert.Equal("方案已提交待审批，不能修改", Assert.Throws<DomainException>(() => submitted.Revise(PlanFixtures.FullText("x"), coordinator, _tree, _clock)).Message);
        Assert.Equal("只有草稿或已退回的方案才能提交", Assert.Throws<DomainException>(() => submitted.Submit(coordinator, _tree, _clock, PlanFixtures.Experiences())).Message);
        Assert.Equal("方案已批准，不能修改", Assert.Throws<DomainException>(() => approved.Revise(PlanFixtures.FullText("x"), coordinator, _tree, _clock)).Message);
        Assert.Throws<DomainException>(() => approved.Approve(null, ActorBuilder.Office(), _clock, PlanFixtures.Experiences()));
    }

    [Fact]
    public void An_actor_who_is_also_office_decides_as_the_office()
    {
        var plan = new PlanBuilder().Submitted().Build();

        plan.Approve(null, PlanFixtures.CoordinatorAndOffice(PlanFixtures.Agency), _clock, PlanFixtures.Experiences());

        Assert.Equal(PlanStatus.Approved, plan.Status);
    }

    [Fact]
    public void Every_submission_is_kept_with_its_texts_and_decision()
    {
        var coordinator = ActorBuilder.Coordinator(PlanFixtures.Street);
        var office = ActorBuilder.Office();
        var plan = new PlanBuilder().WithText(PlanFixtures.FullText("第一稿")).Submitted().Build();
        plan.Return("太简略", office, _clock);
        _clock.Advance(TimeSpan.FromDays(1));
        plan.Revise(PlanFixtures.FullText("第二稿"), coordinator, _tree, _clock);
        plan.Submit(coordinator, _tree, _clock, PlanFixtures.Experiences());
        plan.Approve(null, office, _clock, PlanFixtures.Experiences());

        var versions = plan.Versions;

        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal("第一稿", versions[0].MainContent);
        Assert.Equal(PlanDecision.Returned, versions[0].Decision);
        Assert.Equal("太简略", versions[0].DecisionComment);
        Assert.Equal("第二稿", versions[1].MainContent);
        Assert.Equal(PlanDecision.Approved, versions[1].Decision);
        Assert.Equal(_clock.UtcNow, versions[1].SubmittedAt);
    }

    [Fact]
    public void Revising_the_working_text_never_changes_a_submitted_version()
    {
        var coordinator = ActorBuilder.Coordinator(PlanFixtures.Street);
        var plan = new PlanBuilder().WithText(PlanFixtures.FullText("原文")).Returned().Build();

        plan.Revise(PlanFixtures.FullText("改后"), coordinator, _tree, _clock);

        Assert.Equal("原文", plan.GetVersion(1).MainContent);
        Assert.Equal("改后", plan.MainContent);
    }

    [Fact]
    public void Section_texts_are_trimmed_and_line_endings_normalised()
    {
        var plan = new PlanBuilder().WithText(new PlanText("  一\r\n二  ", null, "", null)).Build();

        Assert.Equal("一\n二", plan.GuidingIdea);
        Assert.Null(plan.Schedule);
    }

    [Fact]
    public void Plan_with_six_experience_activities_cannot_be_submitted()
    {
        var coordinator = ActorBuilder.Coordinator(PlanFixtures.Street);
        var plan = ImplementationPlan.Draft(PlanFixtures.CampaignId, PlanFixtures.Street, PlanFixtures.FullText(), coordinator, _tree, _clock);

        var refused = Assert.Throws<DomainException>(() => plan.Submit(coordinator, _tree, _clock, PlanFixtures.Experiences(6)));

        Assert.Equal("一线体验活动应上报3至5个，本单位目前有6个，方案不能提交", refused.Message);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Empty(plan.Versions);
        var answer = plan.WhyCannot(PlanAction.Submit, coordinator, _tree, PlanFixtures.Experiences(6));
        Assert.Equal((RefusalKind.Blocked, refused.Message), (answer.Refusal, answer.Reason));
    }

    [Fact]
    public void Plan_with_two_experience_activities_cannot_be_submitted()
    {
        var coordinator = ActorBuilder.Coordinator(PlanFixtures.Street);
        var plan = ImplementationPlan.Draft(PlanFixtures.CampaignId, PlanFixtures.Street, PlanFixtures.FullText(), coordinator, _tree, _clock);

        var refused = Assert.Throws<DomainException>(() => plan.Submit(coordinator, _tree, _clock, PlanFixtures.Experiences(2)));

        Assert.Equal("一线体验活动应上报3至5个，本单位目前有2个，方案不能提交", refused.Message);
    }

    [Fact]
    public void Plan_with_six_experience_activities_cannot_be_approved()
    {
        var plan = new PlanBuilder().Submitted().Build();
        var office = ActorBuilder.Office();

        var refused = Assert.Throws<DomainException>(() => plan.Approve("同意", office, _clock, PlanFixtures.Experiences(6)));

        Assert.Equal("一线体验活动应上报3至5个，本单位目前有6个，方案不能批准", refused.Message);
        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.True(plan.WhyCannot(PlanAction.Return, office, _tree, PlanFixtures.Experiences(6)).IsAllowed);
    }

    [Fact]
    public void The_experience_range_is_a_parameter_of_the_rule()
    {
        var coordinator = ActorBuilder.Coordinator(PlanFixtures.Street);
        var plan = ImplementationPlan.Draft(PlanFixtures.CampaignId, PlanFixtures.Street, PlanFixtures.FullText(), coordinator, _tree, _clock);
        var sixItems = Enumerable.Range(1, 6).Select(_ => WorkItemBuilder.Snapshot(PlanFixtures.Street, WorkItemStatus.Planned, kind: WorkItemKind.ExperienceAsPublic));

        plan.Submit(coordinator, _tree, _clock, FrontlineExperienceRule.Evaluate(sixItems, new ExperienceRange(4, 6)));

        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.Equal("4至6个", new ExperienceRange(4, 6).ToString());
        Assert.Equal(new ExperienceRange(3, 5), ExperienceRange.Default);
        Assert.Throws<DomainException>(() => new ExperienceRange(5, 3));
    }

    [Fact]
    public void The_domain_says_who_may_do_what_with_a_plan_and_why_not()
    {
        var coordinator = ActorBuilder.Coordinator(PlanFixtures.Street);
        var office = ActorBuilder.Office();
        var submitted = new PlanBuilder().Submitted().Build();
        var ok = PlanFixtures.Experiences();

        var coordinatorApproves = submitted.WhyCannot(PlanAction.Approve, coordinator, _tree, ok);
        Assert.Equal((RefusalKind.NotPermitted, "只有活动办才能审批实施方案"), (coordinatorApproves.Refusal, coordinatorApproves.Reason));
        Assert.Equal(RefusalKind.NotApplicable, submitted.WhyCannot(PlanAction.Save, coordinator, _tree, ok).Refusal);
        Assert.True(submitted.WhyCannot(PlanAction.Approve, office, _tree, ok).IsAllowed);
        Assert.Equal(RefusalKind.NotPermitted, ImplementationPlan.WhyCannot(PlanAction.Save, ActorBuilder.Coordinator(PlanFixtures.Agency), PlanFixtures.Street, null, _tree, ok).Refusal);
        Assert.True(ImplementationPlan.WhyCannot(PlanAction.Submit, coordinator, PlanFixtures.Street, null, _tree, ok).IsAllowed);
        Assert.Equal(RefusalKind.NotApplicable, new PlanBuilder().Approved().Build().WhyCannot(PlanAction.Return, office, _tree, ok).Refusal);
    }
}

using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Events;

/// <summary>Each business verb of a plan or a work item records what happened, in words the change feed shows.</summary>
public class PlanEventTests
{
    private readonly FixedClock _clock = PlanFixtures.Clock();
    private readonly UnitTree _tree = PlanFixtures.Tree();
    private readonly Actor _coordinator = ActorBuilder.Coordinator(PlanFixtures.Street);

    [Fact]
    public void Drafting_a_plan_raises_PlanDraftSaved()
    {
        var plan = ImplementationPlan.Draft(PlanFixtures.CampaignId, PlanFixtures.Street, PlanFixtures.FullText(), _coordinator, _tree, _clock);

        var saved = Assert.IsType<PlanDraftSaved>(Assert.Single(plan.DomainEvents));
        Assert.Same(plan, saved.Plan);
        Assert.Equal("实施方案已保存", saved.Summary);
    }

    [Fact]
    public void Saving_a_new_draft_twice_in_one_step_tells_the_feed_once()
    {
        var plan = ImplementationPlan.Draft(PlanFixtures.CampaignId, PlanFixtures.Street, null, _coordinator, _tree, _clock);

        plan.Revise(PlanFixtures.FullText(), _coordinator, _tree, _clock);

        Assert.IsType<PlanDraftSaved>(Assert.Single(plan.DomainEvents));
    }

    [Fact]
    public void Submitting_a_plan_raises_PlanSubmitted_in_place_of_the_saved_texts()
    {
        var plan = new PlanBuilder().Build();
        plan.ClearDomainEvents();

        plan.Revise(PlanFixtures.FullText("改"), _coordinator, _tree, _clock);
        plan.Submit(_coordinator, _tree, _clock, PlanFixtures.Experiences());

        var submitted = Assert.IsType<PlanSubmitted>(Assert.Single(plan.DomainEvents));
        Assert.Equal("实施方案第1版已提交", submitted.Summary);
    }

    [Fact]
    public void Approving_a_plan_raises_PlanApproved()
    {
        var plan = new PlanBuilder().Submitted().Build();
        plan.ClearDomainEvents();

        plan.Approve(null, ActorBuilder.Office(), _clock, PlanFixtures.Experiences());

        Assert.Equal("实施方案已批准", Assert.IsType<PlanApproved>(Assert.Single(plan.DomainEvents)).Summary);
    }

    [Fact]
    public void Returning_a_plan_raises_PlanReturned()
    {
        var plan = new PlanBuilder().Submitted().Build();
        plan.ClearDomainEvents();

        plan.Return("主要内容不够具体", ActorBuilder.Office(), _clock);

        Assert.IsType<PlanReturned>(Assert.Single(plan.DomainEvents));
    }

    [Fact]
    public void A_refused_verb_records_nothing()
    {
        var plan = new PlanBuilder().Approved().Build();
        plan.ClearDomainEvents();

        Assert.Throws<DomainException>(() => plan.Revise(PlanFixtures.FullText("改"), _coordinator, _tree, _clock));

        Assert.Empty(plan.DomainEvents);
    }

    [Fact]
    public void Planning_a_work_item_raises_WorkItemPlanned_with_its_title()
    {
        var item = new WorkItemBuilder().Titled("走访困难群众").Build();

        Assert.Equal("新增工作事项“走访困难群众”", Assert.IsType<WorkItemPlanned>(Assert.Single(item.DomainEvents)).Summary);
    }

    [Fact]
    public void Editing_a_running_work_item_raises_WorkItemProgressed_with_the_progress()
    {
        var item = new WorkItemBuilder().Titled("走访困难群众").In(WorkItemStatus.InProgress, 20).Build();
        item.ClearDomainEvents();

        item.UpdateProgress(60, _coordinator, _tree, _clock);

        Assert.Equal("修改工作事项“走访困难群众”（进度60%）", Assert.IsType<WorkItemProgressed>(Assert.Single(item.DomainEvents)).Summary);
    }

    [Fact]
    public void Deleting_a_planned_work_item_raises_WorkItemDeleted()
    {
        var item = new WorkItemBuilder().Build();
        item.ClearDomainEvents();

        item.Delete(_coordinator, _tree);

        Assert.IsType<WorkItemDeleted>(Assert.Single(item.DomainEvents));
    }

    [Fact]
    public void Importing_a_workbook_records_one_import_not_one_addition_per_row()
    {
        var rows = new[] { "一", "二", "三" }.Select(t => new WorkItemBuilder().Titled($"事项{t}").Build().Details).ToList();

        var items = WorkItem.Import(PlanFixtures.CampaignId, PlanFixtures.Street, rows, _coordinator, _tree, _clock);

        var imported = Assert.IsType<WorkItemsImported>(Assert.Single(items.SelectMany(i => i.DomainEvents)));
        Assert.Equal("从Excel导入3项工作事项", imported.Summary);
        Assert.Equal(PlanFixtures.Street, imported.UnitId);
    }
}

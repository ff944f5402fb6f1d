using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Campaigns;

/// <summary>A milestone set "for a chosen set of units": owed by those units only, and counted only for them.</summary>
public class MilestoneScopeTests
{
    private static readonly DateOnly DueDate = new(2014, 4, 5);

    /// <summary>The Jiangning campaign (units 1, 2, 3) with its second milestone (4月5日前) set for unit 2 only.</summary>
    private static Milestone ForUnitTwoOnly()
    {
        var draft = CampaignTemplate.Find(CampaignTemplate.DoubleLinkage).Draft(2014, [1, 2, 3]);
        var first = draft.Phases[0];
        var scoped = draft with
        {
            Phases = [first with { Milestones = [first.Milestones[0], first.Milestones[1] with { UnitIds = [2] }, first.Milestones[2]] }, .. draft.Phases.Skip(1)],
        };
        return Campaign.Create(scoped).Milestones.Single(m => m.DueDate == DueDate);
    }

    [Fact]
    public void Milestone_for_a_chosen_set_is_not_required_of_other_units()
    {
        var milestone = ForUnitTwoOnly();
        var afterDue = DueDate.AddDays(10);

        Assert.Equal(MilestoneState.NotRequired, milestone.StateFor(1, null, afterDue));
        Assert.Equal(0, milestone.DaysOverdueFor(1, null, afterDue));
        Assert.False(milestone.IsOutstandingFor(1, null));
        Assert.Equal("不适用", MilestoneState.NotRequired.ToChinese());
    }

    [Fact]
    public void Milestone_for_a_chosen_set_is_overdue_for_a_chosen_unit_that_has_not_met_it()
    {
        var milestone = ForUnitTwoOnly();
        var afterDue = DueDate.AddDays(10);

        Assert.Equal(MilestoneState.Overdue, milestone.StateFor(2, null, afterDue));
        Assert.Equal(10, milestone.DaysOverdueFor(2, null, afterDue));
        Assert.True(milestone.IsOutstandingFor(2, null));
        Assert.Equal(MilestoneState.MetOnTime, milestone.StateFor(2, DueDate, afterDue));
    }

    [Fact]
    public void Milestone_for_every_unit_is_judged_the_same_for_each()
    {
        var draft = CampaignTemplate.Find(CampaignTemplate.DoubleLinkage).Draft(2014, [1, 2, 3]);
        var milestone = Campaign.Create(draft).Milestones.Single(m => m.DueDate == DueDate);

        Assert.All(new[] { 1, 2, 3 }, unit => Assert.Equal(MilestoneState.Overdue, milestone.StateFor(unit, null, DueDate.AddDays(1))));
        Assert.Equal(MilestoneStatus.Evaluate(DueDate, null, DueDate.AddDays(1)), milestone.StateFor(1, null, DueDate.AddDays(1)));
    }

    [Fact]
    public void Unit_outside_a_milestones_chosen_set_cannot_record_meeting_it()
    {
        var milestone = ForUnitTwoOnly();
        var clock = Clocks.AtChina(2014, 4, 10);

        var refused = Assert.Throws<DomainException>(() => MilestoneCompletion.Record(milestone, 1, new DateOnly(2014, 4, 4), null, ActorBuilder.Coordinator(1), clock));
        Assert.Contains("只适用于指定的单位", refused.Message);
        Assert.Equal(2, MilestoneCompletion.Record(milestone, 2, new DateOnly(2014, 4, 4), null, ActorBuilder.Coordinator(2), clock).UnitId);
    }
}

using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Campaigns;

public class MilestoneStatusTests
{
    private static readonly DateOnly Due = new(2014, 4, 5);

    [Fact]
    public void A_milestone_is_not_overdue_on_its_due_date() =>
        Assert.Equal(MilestoneState.Pending, MilestoneStatus.Evaluate(Due, null, Due));

    [Fact]
    public void A_milestone_is_overdue_the_day_after_its_due_date_while_not_met()
    {
        Assert.Equal(MilestoneState.Overdue, MilestoneStatus.Evaluate(Due, null, Due.AddDays(1)));
        Assert.Equal(1, MilestoneStatus.DaysOverdue(Due, null, Due.AddDays(1)));
    }

    [Fact]
    public void A_met_milestone_is_never_overdue()
    {
        Assert.Equal(MilestoneState.MetOnTime, MilestoneStatus.Evaluate(Due, Due, Due.AddDays(30)));
        Assert.Equal(MilestoneState.MetLate, MilestoneStatus.Evaluate(Due, Due.AddDays(2), Due.AddDays(30)));
        Assert.Equal(0, MilestoneStatus.DaysOverdue(Due, Due.AddDays(2), Due.AddDays(30)));
    }

    [Fact]
    public void Today_is_the_China_date_even_when_UTC_is_still_the_day_before()
    {
        // 2014-04-05 23:30 UTC is already 2014-04-06 07:30 in Beijing: the milestone is overdue there.
        var clock = new FixedClock(new DateTimeOffset(2014, 4, 5, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2014, 4, 6), clock.Today);
        Assert.Equal(MilestoneState.Overdue, MilestoneStatus.Evaluate(Due, null, clock.Today));
    }

    [Fact]
    public void Just_before_China_midnight_the_due_day_is_still_on_time()
    {
        var clock = Clocks.AtChina(2014, 4, 5, 23, 59);

        Assert.Equal(MilestoneState.Pending, MilestoneStatus.Evaluate(Due, null, clock.Today));
    }

    [Fact]
    public void A_completion_cannot_be_dated_in_the_future()
    {
        var campaign = new CampaignBuilder().Build();
        var milestone = campaign.Milestones[0];
        var clock = Clocks.AtChina(2014, 3, 30);

        var error = Assert.Throws<DomainException>(() =>
            MilestoneCompletion.Record(milestone, 7, new DateOnly(2014, 3, 31), null, ActorBuilder.Coordinator(7), clock));
        Assert.Equal("完成日期不能晚于今天", error.Message);
    }
}

using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Common;

public class OverdueTests
{
    private static readonly DateOnly Deadline = new(2014, 6, 30);

    [Fact]
    public void An_item_is_not_overdue_just_before_China_midnight_on_its_deadline()
    {
        var item = ItemBuilder.Started();
        var clock = Clocks.AtChina(2014, 6, 30, 23, 59);

        Assert.Equal(0, item.DaysOverdue(clock.Today));
        Assert.Equal(0, Overdue.DaysOverdue(Deadline, false, clock.UtcNow));
    }

    [Fact]
    public void An_item_is_one_day_overdue_just_after_China_midnight()
    {
        var item = ItemBuilder.Started();
        var clock = Clocks.AtChina(2014, 7, 1, 0, 1);

        Assert.Equal(1, item.DaysOverdue(clock.Today));
        Assert.Equal("逾期1天", Overdue.Describe(item.DaysOverdue(clock.Today)));
    }

    [Fact]
    public void A_UTC_instant_still_on_the_deadline_day_is_already_the_next_day_in_China()
    {
        // 2014-06-30 16:30 UTC is 2014-07-01 00:30 in Beijing.
        var utc = new DateTimeOffset(2014, 6, 30, 16, 30, 0, TimeSpan.Zero);

        Assert.Equal(1, Overdue.DaysOverdue(Deadline, false, utc));
        Assert.Equal(1, ItemBuilder.Started().DaysOverdue(new FixedClock(utc).Today));
    }

    [Fact]
    public void A_UTC_instant_before_16_00_on_the_deadline_is_still_the_deadline_day_in_China()
    {
        var utc = new DateTimeOffset(2014, 6, 30, 15, 59, 0, TimeSpan.Zero);

        Assert.Equal(0, Overdue.DaysOverdue(Deadline, false, utc));
    }

    [Fact]
    public void Days_overdue_count_whole_China_days_past_the_deadline()
    {
        var item = ItemBuilder.Started();

        Assert.Equal(10, item.DaysOverdue(new DateOnly(2014, 7, 10)));
    }

    [Fact]
    public void Completed_verified_or_undated_items_are_never_overdue()
    {
        var late = new DateOnly(2014, 12, 31);

        Assert.Equal(0, ItemBuilder.Completed().DaysOverdue(late));
        Assert.Equal(0, ItemBuilder.Bare().DaysOverdue(late));
        Assert.Equal(0, Overdue.DaysOverdue(null, false, late));
        Assert.Null(Overdue.Describe(0));
    }

    [Fact]
    public void A_reopened_item_past_its_deadline_is_overdue_again()
    {
        var item = ItemBuilder.Completed();
        item.Reopen("群众不满意", ActorBuilder.Office());

        Assert.Equal(1, item.DaysOverdue(new DateOnly(2014, 7, 1)));
    }

    [Fact]
    public void Extending_the_deadline_clears_the_overdue_count()
    {
        var item = ItemBuilder.Started();
        var today = new DateOnly(2014, 7, 5);
        Assert.Equal(5, item.DaysOverdue(today));

        item.SetFourHaves(item.Goal, item.Measures, item.ResponsiblePerson, new DateOnly(2014, 7, 31), ActorBuilder.Office(), DemoTree.Build());

        Assert.Equal(0, item.DaysOverdue(today));
    }
}

/// <summary>Every kind of dated thing answers "overdue, by how many days" with the one rule.</summary>
public sealed class OneOverdueRuleTests
{
    private static readonly DateOnly Due = new(2014, 4, 5);
    private static readonly DateOnly ThreeDaysLate = Due.AddDays(3);

    [Fact]
    public void Every_dated_kind_counts_the_same_days_overdue_and_none_on_its_deadline()
    {
        int[] late =
        [
            Overdue.DaysOverdue(Due, isFinished: false, ThreeDaysLate),
            Domain.Campaigns.MilestoneStatus.DaysOverdue(Due, metOn: null, ThreeDaysLate),
            Domain.Plans.WorkItemSchedule.DaysOverdue(Due, Domain.Plans.WorkItemStatus.InProgress, ThreeDaysLate),
            Domain.ContactDuties.ReceptionCaseDeadline.DaysOverdue(Domain.ContactDuties.ReceptionCaseStatus.Open, Due, ThreeDaysLate),
        ];
        int[] onTheDay =
        [
            Overdue.DaysOverdue(Due, isFinished: false, Due),
            Domain.Campaigns.MilestoneStatus.DaysOverdue(Due, metOn: null, Due),
            Domain.Plans.WorkItemSchedule.DaysOverdue(Due, Domain.Plans.WorkItemStatus.InProgress, Due),
            Domain.ContactDuties.ReceptionCaseDeadline.DaysOverdue(Domain.ContactDuties.ReceptionCaseStatus.Open, Due, Due),
        ];

        Assert.All(late, days => Assert.Equal(3, days));
        Assert.All(onTheDay, days => Assert.Equal(0, days));
        Assert.Equal("逾期3天", Overdue.Describe(3));
    }
}

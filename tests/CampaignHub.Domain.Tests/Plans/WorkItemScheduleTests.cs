using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Plans;

public class WorkItemScheduleTests
{
    // 4月5日前: linkage with the grassroots (seed 000).
    private static readonly DateOnly Planned = new(2014, 4, 5);

    [Fact]
    public void An_item_is_not_overdue_on_its_planned_day_even_just_before_midnight_China_time()
    {
        var clock = Clocks.AtChina(2014, 4, 5, 23, 59);

        Assert.False(WorkItemSchedule.IsOverdue(Planned, WorkItemStatus.InProgress, clock.UtcNow));
        Assert.Equal(0, WorkItemSchedule.DaysOverdue(Planned, WorkItemStatus.InProgress, clock.Today));
    }

    [Fact]
    public void An_item_is_overdue_from_midnight_China_time_after_its_planned_day()
    {
        var clock = Clocks.AtChina(2014, 4, 6, 0, 0);

        Assert.True(WorkItemSchedule.IsOverdue(Planned, WorkItemStatus.Planned, clock.UtcNow));
        Assert.Equal(1, WorkItemSchedule.DaysOverdue(Planned, WorkItemStatus.Planned, clock.Today));
    }

    [Fact]
    public void A_UTC_instant_still_on_the_planned_day_in_UTC_is_already_the_next_day_in_China()
    {
        // 2014-04-05 16:30 UTC is 2014-04-06 00:30 in Beijing.
        var now = new DateTimeOffset(2014, 4, 5, 16, 30, 0, TimeSpan.Zero);

        Assert.True(WorkItemSchedule.IsOverdue(Planned, WorkItemStatus.Approved, now));
        Assert.Equal(1, WorkItemSchedule.DaysOverdue(Planned, WorkItemStatus.Approved, now));
    }

    [Fact]
    public void A_UTC_instant_just_before_China_midnight_is_still_on_time()
    {
        // 2014-04-05 15:59 UTC is 2014-04-05 23:59 in Beijing.
        Assert.False(WorkItemSchedule.IsOverdue(Planned, WorkItemStatus.Planned, new DateTimeOffset(2014, 4, 5, 15, 59, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(WorkItemStatus.Done)]
    [InlineData(WorkItemStatus.Cancelled)]
    public void Done_and_cancelled_items_are_never_overdue(WorkItemStatus status)
    {
        var longAfter = Clocks.AtChina(2014, 6, 1).Today;

        Assert.False(WorkItemSchedule.IsOverdue(Planned, status, longAfter));
        Assert.Equal(0, WorkItemSchedule.DaysOverdue(Planned, status, longAfter));
    }

    [Fact]
    public void Days_overdue_count_China_calendar_days()
    {
        var today = Clocks.AtChina(2014, 4, 15, 8, 0).Today;

        Assert.Equal(10, WorkItemSchedule.DaysOverdue(Planned, WorkItemStatus.InProgress, today));
    }

    [Fact]
    public void The_overdue_list_holds_open_late_items_most_overdue_first()
    {
        var today = new DateOnly(2014, 4, 10);
        var items = new[]
        {
            WorkItemBuilder.Snapshot(1, WorkItemStatus.Planned, plannedDate: new(2014, 4, 8)) with { Id = 1 },
            WorkItemBuilder.Snapshot(1, WorkItemStatus.Done, plannedDate: new(2014, 4, 1)) with { Id = 2 },
            WorkItemBuilder.Snapshot(1, WorkItemStatus.InProgress, plannedDate: new(2014, 3, 31)) with { Id = 3 },
            WorkItemBuilder.Snapshot(1, WorkItemStatus.Planned, plannedDate: new(2014, 4, 10)) with { Id = 4 },
        };

        Assert.Equal([3, 1], WorkItemSchedule.Overdue(items, today).Select(i => i.Id));
    }

    [Fact]
    public void A_work_item_answers_for_itself()
    {
        var item = new WorkItemBuilder().PlannedOn(Planned).Build();

        Assert.True(item.IsOverdueOn(new DateOnly(2014, 4, 7)));
        Assert.Equal(2, item.DaysOverdueOn(new DateOnly(2014, 4, 7)));
    }
}

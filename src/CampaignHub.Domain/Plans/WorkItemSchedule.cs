using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Plans;

/// <summary>
/// Overdue rules for work items. The planned date is the last on-time day; the item is overdue from the
/// next China calendar day on while it is neither done nor cancelled.
/// </summary>
public static class WorkItemSchedule
{
    public static bool IsOverdue(DateOnly plannedDate, WorkItemStatus status, DateOnly todayInChina) =>
        Common.Overdue.IsOverdue(plannedDate, isFinished: !status.IsOpen(), todayInChina);

    /// <summary>Same, for an instant: the day is taken in China time, whatever the instant's offset.</summary>
    public static bool IsOverdue(DateOnly plannedDate, WorkItemStatus status, DateTimeOffset now) =>
        IsOverdue(plannedDate, status, ChinaTime.DateOf(now));

    /// <summary>0 when not overdue; 1 on the day after the planned date, and so on.</summary>
    public static int DaysOverdue(DateOnly plannedDate, WorkItemStatus status, DateOnly todayInChina) =>
        Common.Overdue.DaysOverdue(plannedDate, isFinished: !status.IsOpen(), todayInChina);

    public static int DaysOverdue(DateOnly plannedDate, WorkItemStatus status, DateTimeOffset now) =>
        DaysOverdue(plannedDate, status, ChinaTime.DateOf(now));

    public static bool IsOverdue(this WorkItemSnapshot item, DateOnly todayInChina) =>
        IsOverdue(item.PlannedDate, item.Status, todayInChina);

    public static int DaysOverdue(this WorkItemSnapshot item, DateOnly todayInChina) =>
        DaysOverdue(item.PlannedDate, item.Status, todayInChina);

    /// <summary>The overdue items, most overdue first.</summary>
    public static IReadOnlyList<WorkItemSnapshot> Overdue(IEnumerable<WorkItemSnapshot> items, DateOnly todayInChina) =>
        items.Where(i => i.IsOverdue(todayInChina)).OrderBy(i => i.PlannedDate).ThenBy(i => i.Id).ToList();
}

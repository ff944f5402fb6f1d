namespace CampaignHub.Domain.Common;

/// <summary>
/// 限时办结, the one overdue rule for every dated thing (milestones, work items, rectification items, opinions,
/// commitments, reception cases and rectification orders): a deadline is met on its own day (China time); from the
/// next China day on, a thing that is not finished is overdue. One text for it everywhere: "逾期N天".
/// </summary>
public static class Overdue
{
    /// <summary>Days past the deadline, 0 when not overdue (no deadline, finished, or not yet past).</summary>
    public static int DaysOverdue(DateOnly? deadline, bool isFinished, DateOnly today) =>
        deadline is { } due && !isFinished && today > due ? today.DayNumber - due.DayNumber : 0;

    /// <summary>The same rule for an instant: the instant's China date is "today".</summary>
    public static int DaysOverdue(DateOnly? deadline, bool isFinished, DateTimeOffset now) =>
        DaysOverdue(deadline, isFinished, ChinaTime.DateOf(now));

    public static bool IsOverdue(DateOnly? deadline, bool isFinished, DateOnly today) =>
        DaysOverdue(deadline, isFinished, today) > 0;

    /// <summary>For the UI: "逾期3天", or null when not overdue.</summary>
    public static string? Describe(int daysOverdue) => daysOverdue > 0 ? $"逾期{daysOverdue}天" : null;
}

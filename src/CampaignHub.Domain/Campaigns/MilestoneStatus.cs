namespace CampaignHub.Domain.Campaigns;

public enum MilestoneState
{
    /// <summary>Not met, and its date has not passed.</summary>
    Pending = 0,

    /// <summary>Met on or before its date.</summary>
    MetOnTime = 1,

    /// <summary>Met, but after its date.</summary>
    MetLate = 2,

    /// <summary>Its date has passed and it is not met.</summary>
    Overdue = 3,

    /// <summary>The milestone was set for a chosen set of units that does not include this one: neither met nor owed.</summary>
    NotRequired = 4,
}

/// <summary>Pure rules about a unit's standing against a milestone.</summary>
public static class MilestoneStatus
{
    /// <summary>
    /// A milestone is overdue only after its date (China time) and only while not met.
    /// </summary>
    public static MilestoneState Evaluate(DateOnly dueDate, DateOnly? metOn, DateOnly today) => metOn switch
    {
        { } met when met <= dueDate => MilestoneState.MetOnTime,
        { } => MilestoneState.MetLate,
        null when today > dueDate => MilestoneState.Overdue,
        null => MilestoneState.Pending,
    };

    public static int DaysOverdue(DateOnly dueDate, DateOnly? metOn, DateOnly today) =>
        Common.Overdue.DaysOverdue(dueDate, isFinished: metOn is not null, today);

    public static string ToChinese(this MilestoneState state) => state switch
    {
        MilestoneState.Pending => "未到期",
        MilestoneState.MetOnTime => "按时完成",
        MilestoneState.MetLate => "逾期完成",
        MilestoneState.Overdue => "已逾期",
        MilestoneState.NotRequired => "不适用",
        _ => state.ToString(),
    };
}

using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Linkage;

/// <summary>Where a unit stands against the end-of-March visit to its upper counterpart department.</summary>
public enum UpperVisitState
{
    /// <summary>不需对接: not a district-level organ.</summary>
    NotRequired = 0,

    /// <summary>待对接: no visit yet, the deadline not passed.</summary>
    Pending = 1,

    /// <summary>已按时对接.</summary>
    OnTime = 2,

    /// <summary>逾期对接: recorded, but visited after the deadline.</summary>
    Late = 3,

    /// <summary>逾期未对接.</summary>
    Overdue = 4,
}

/// <summary>The unit's standing, with the days it is late while no visit is recorded.</summary>
public sealed record UpperVisitStanding(UpperVisitState State, DateOnly DueOn, DateOnly? FirstVisitOn, int DaysOverdue)
{
    public string Text => State switch
    {
        UpperVisitState.NotRequired => "不需对接",
        UpperVisitState.Pending => $"待对接（{DueOn:M月d日}前）",
        UpperVisitState.OnTime => "已按时对接",
        UpperVisitState.Late => "逾期对接",
        UpperVisitState.Overdue => $"逾期未对接（{Overdue.Describe(DaysOverdue)}）",
        _ => State.ToString(),
    };

    public bool IsOverdue => State == UpperVisitState.Overdue;
}

/// <summary>
/// The one rule for "has this unit been to its upper counterpart department by the end of March": the district-level
/// organs (区级机关: the district's departments, window and law-enforcement units, directly affiliated units, directly
/// under the district) owe a visit; a unit with none recorded is overdue from the day after the deadline (the house's
/// overdue rule, <see cref="Overdue"/>); one recorded after the deadline stays marked late.
/// </summary>
public static class UpperVisitRule
{
    public static bool Owes(UnitKind kind, bool directlyUnderDistrict) =>
        directlyUnderDistrict && kind is UnitKind.Agency or UnitKind.LawEnforcementOrServiceWindow or UnitKind.DirectlyAffiliated;

    public static bool Owes(int unitId, UnitKind kind, UnitTree tree) =>
        tree.ParentOf(unitId) is { } parent && tree.ParentOf(parent) is null && Owes(kind, true);

    public static UpperVisitStanding Evaluate(bool owes, DateOnly dueOn, IEnumerable<DateOnly> visitDates, DateOnly today)
    {
        var first = visitDates.Select(d => (DateOnly?)d).Min();
        if (!owes)
        {
            return new UpperVisitStanding(UpperVisitState.NotRequired, dueOn, first, 0);
        }

        if (first is { } on)
        {
            return new UpperVisitStanding(on <= dueOn ? UpperVisitState.OnTime : UpperVisitState.Late, dueOn, on, 0);
        }

        var days = Overdue.DaysOverdue(dueOn, false, today);
        return new UpperVisitStanding(days > 0 ? UpperVisitState.Overdue : UpperVisitState.Pending, dueOn, null, days);
    }
}

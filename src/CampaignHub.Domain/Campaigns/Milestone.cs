using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Campaigns;

/// <summary>
/// A dated requirement inside a phase (时间节点, e.g. "4月5日前") that every participating unit — or a chosen
/// set of them — must meet. Part of the <see cref="Campaign"/> aggregate; each unit's completion is a
/// <see cref="MilestoneCompletion"/>.
/// </summary>
public sealed class Milestone : Entity
{
    private Milestone()
    {
        Title = string.Empty;
        UnitIds = [];
    }

    internal Milestone(Phase phase, string title, string? description, DateOnly dueDate, IReadOnlyList<int> unitIds)
    {
        Phase = phase;
        PhaseId = phase.Id;
        Title = Guard.Required(title, "节点名称", 100);
        Description = Guard.Optional(description, "节点说明", 1000);
        DueDate = dueDate;
        UnitIds = unitIds.Distinct().Order().ToList();
    }

    public int CampaignId { get; private set; }

    public int PhaseId { get; private set; }

    public Phase Phase { get; private set; } = null!;

    public string Title { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The last day on which meeting it is on time (inclusive, China time).</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>The units it applies to; empty when it applies to every participating unit.</summary>
    public List<int> UnitIds { get; private set; }

    public bool AppliesToAllUnits => UnitIds.Count == 0;

    /// <summary>
    /// Whether the unit owes this milestone: every participating unit, or only the chosen set. The one rule every
    /// count of milestones met or overdue goes through (overview, unit page, wall, dashboard, reports).
    /// </summary>
    public bool AppliesTo(int unitId) => UnitIds.Count == 0 || UnitIds.Contains(unitId);

    /// <summary>The unit's standing against this milestone; <see cref="MilestoneState.NotRequired"/> outside its chosen set.</summary>
    public MilestoneState StateFor(int unitId, DateOnly? metOn, DateOnly today) =>
        AppliesTo(unitId) ? MilestoneStatus.Evaluate(DueDate, metOn, today) : MilestoneState.NotRequired;

    /// <summary>Days the unit is late with it; never overdue for a unit the milestone does not apply to.</summary>
    public int DaysOverdueFor(int unitId, DateOnly? metOn, DateOnly today) =>
        AppliesTo(unitId) ? MilestoneStatus.DaysOverdue(DueDate, metOn, today) : 0;

    /// <summary>Whether the unit still has it to meet (applies, not met yet): what a due-soon list shows.</summary>
    public bool IsOutstandingFor(int unitId, DateOnly? metOn) => AppliesTo(unitId) && metOn is null;

    /// <summary>Called by the campaign once it has checked the whole set-up.</summary>
    internal void Revise(Phase phase, string title, string? description, DateOnly dueDate, IReadOnlyList<int> unitIds)
    {
        Phase = phase;
        if (phase.Id != 0)
        {
            PhaseId = phase.Id;
        }

        Title = Guard.Required(title, "节点名称", 100);
        Description = Guard.Optional(description, "节点说明", 1000);
        DueDate = dueDate;
        var scope = unitIds.Distinct().Order().ToList();
        if (!scope.SequenceEqual(UnitIds))
        {
            UnitIds = scope;
        }
    }
}

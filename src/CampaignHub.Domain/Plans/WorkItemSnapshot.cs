namespace CampaignHub.Domain.Plans;

/// <summary>
/// The few values of a work item the pure computations read. Built from a <see cref="WorkItem"/>
/// (<see cref="WorkItem.Snapshot"/>) or straight from a database projection.
/// </summary>
public readonly record struct WorkItemSnapshot(
    int Id,
    int UnitId,
    WorkItemKind Kind,
    WorkItemStatus Status,
    int ProgressPercent,
    DateOnly PlannedDate,
    int? ResponsiblePersonId = null,
    GrassrootsVisitTheme? VisitTheme = null);

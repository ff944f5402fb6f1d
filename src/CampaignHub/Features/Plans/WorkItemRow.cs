using CampaignHub.Domain.Plans;

namespace CampaignHub.Features.Plans;

/// <summary>The inline grid's editable row: a copy of a work item the user types into.</summary>
public sealed class WorkItemRow
{
    public int Id { get; set; }

    public int Version { get; set; }

    public string? Title { get; set; }

    public WorkItemKind Kind { get; set; } = WorkItemKind.Other;

    public int? PhaseId { get; set; }

    public int? MilestoneId { get; set; }

    public DateOnly? PlannedDate { get; set; }

    public int? ResponsiblePersonId { get; set; }

    public GrassrootsVisitTheme? VisitTheme { get; set; }

    public string? Notes { get; set; }

    public int ProgressPercent { get; set; }

    /// <summary>The saved item this row shows; null for a new row.</summary>
    public WorkItemDto? Saved { get; set; }

    public bool IsNew => Id == 0;

    public WorkItemStatus Status => Saved?.Status ?? WorkItemStatus.Planned;

    public static WorkItemRow From(WorkItemDto dto) => new()
    {
        Id = dto.Id,
        Version = dto.Version,
        Title = dto.Title,
        Kind = dto.Kind,
        PhaseId = dto.PhaseId,
        MilestoneId = dto.MilestoneId,
        PlannedDate = dto.PlannedDate,
        ResponsiblePersonId = dto.ResponsiblePersonId,
        VisitTheme = dto.VisitTheme,
        Notes = dto.Notes,
        ProgressPercent = dto.ProgressPercent,
        Saved = dto,
    };

    /// <summary>A copy of what the user typed, kept when someone else's save wins the race.</summary>
    public WorkItemRow Copy() => (WorkItemRow)MemberwiseClone();

    /// <summary>The values to save. A theme only applies to grassroots visits, so switching kind drops it.</summary>
    public WorkItemDetails ToDetails() => new(
        Title,
        Kind,
        PlannedDate ?? default,
        PhaseId,
        MilestoneId,
        ResponsiblePersonId,
        Kind == WorkItemKind.GrassrootsVisit ? VisitTheme : null,
        Notes);
}

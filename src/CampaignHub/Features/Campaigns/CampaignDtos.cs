using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Units;

namespace CampaignHub.Features.Campaigns;

public sealed record CampaignSummaryDto(int Id, string Title, string DocumentNumber, string IssuingBody, DateOnly IssuedOn, DateOnly StartDate, DateOnly EndDate, int UnitCount, CampaignStatus Status = CampaignStatus.Running)
{
    public bool IsArchived => Status == CampaignStatus.Archived;

    /// <summary>An archived campaign is read-only: it can only be copied.</summary>
    public bool MayEdit => !IsArchived;

    public bool MayArchive => !IsArchived;
}

public sealed record PhaseDto(int Id, string Name, int Order, DateOnly StartDate, DateOnly EndDate);

public sealed record MilestoneDto(int Id, int PhaseId, string Title, string? Description, DateOnly DueDate);

/// <summary>A unit's standing against one milestone.</summary>
public sealed record MilestoneCellDto(int MilestoneId, MilestoneState State, DateOnly? MetOn, string? Note, int DaysOverdue, int? CompletionVersion)
{
    /// <summary>Whether the unit has this milestone to meet (and so to mark): not when it was set for other units only.</summary>
    public bool IsOwed => State != MilestoneState.NotRequired;
}

public sealed record UnitMilestoneRowDto(int UnitId, string UnitName, UnitKind Kind, int Depth, IReadOnlyList<MilestoneCellDto> Cells)
{
    public int OverdueCount => Cells.Count(c => c.State == MilestoneState.Overdue);
}

public sealed record CampaignOverviewDto(
    CampaignSummaryDto Campaign,
    DateOnly Today,
    IReadOnlyList<PhaseDto> Phases,
    IReadOnlyList<MilestoneDto> Milestones,
    IReadOnlyList<UnitMilestoneRowDto> Units)
{
    public int OverdueTotal => Units.Sum(u => u.OverdueCount);

    public int MetTotal => Units.Sum(u => u.Cells.Count(c => c.State is MilestoneState.MetOnTime or MilestoneState.MetLate));

    /// <summary>Cells a unit owes: a milestone set for a chosen set of units is not owed by the others.</summary>
    public int CellTotal => Units.Sum(u => u.Cells.Count(c => c.IsOwed));
}

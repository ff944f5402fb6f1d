using CampaignHub.Components.Shared;
using CampaignHub.Domain.Common;

namespace CampaignHub.Features.EducationPeriods;

/// <summary>Each participating unit the actor may read, with its period (or none yet) and the domain's verdict.</summary>
public sealed record EducationPeriodListDto(int CampaignId, string CampaignTitle, IReadOnlyList<EducationPeriodRowDto> Rows)
{
    public int ShortCount => Rows.Count(r => r.Shortfall is not null);

    public int MissingCount => Rows.Count(r => !r.Recorded);
}

public sealed record EducationPeriodRowDto(
    int UnitId,
    string UnitName,
    string UnitKind,
    int? Version,
    DateOnly? PlannedStart,
    DateOnly? PlannedEnd,
    DateOnly? ActualStart,
    DateOnly? ActualEnd,
    string? Note,
    string? Shortfall,
    ActionAnswer CanRecord,
    IReadOnlyList<CommentView> Comments,
    ActionAnswer CanComment)
{
    public bool Recorded => Version is not null;

    /// <summary>What the row says in its verdict column: the shortfall, 未登记, or that the minimum is met.</summary>
    public string Verdict => Shortfall ?? (Recorded ? "不少于3个月" : "未登记");
}

/// <summary>A unit whose period is under the minimum, for the office's 工作台.</summary>
public sealed record ShortEducationPeriod(int UnitId, string UnitName, string Text);

public sealed record EducationPeriodInput(int? Version, DateOnly? PlannedStart, DateOnly? PlannedEnd, DateOnly? ActualStart, DateOnly? ActualEnd, string? Note);

/// <summary>The period dialog's fields while being edited.</summary>
public sealed class EducationPeriodForm
{
    public DateOnly? PlannedStart { get; set; }

    public DateOnly? PlannedEnd { get; set; }

    public DateOnly? ActualStart { get; set; }

    public DateOnly? ActualEnd { get; set; }

    public string? Note { get; set; }
}

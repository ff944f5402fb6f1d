using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Plans;

/// <summary>A validation message tied to a field, so the grid and the Excel import can show it in place.</summary>
public readonly record struct FieldError(string Field, string Message);

/// <summary>
/// The fields a unit writes for a work item, as one value: the input of <see cref="WorkItem.Plan"/> and
/// <see cref="WorkItem.Edit"/>, and the row model of the inline grid and the Excel import.
/// Field names in <see cref="FieldError.Field"/> are the property names of this record.
/// </summary>
public sealed record WorkItemDetails(
    string? Title,
    WorkItemKind Kind,
    DateOnly PlannedDate,
    int? PhaseId = null,
    int? MilestoneId = null,
    int? ResponsiblePersonId = null,
    GrassrootsVisitTheme? VisitTheme = null,
    string? Notes = null)
{
    public const int TitleMaxLength = 200;
    public const int NotesMaxLength = 2000;

    /// <summary>
    /// All problems at once, in field order; empty when valid. Given the campaign's period, the planned date
    /// must also fall within the campaign's years (<see cref="Campaigns.CampaignCalendar"/>).
    /// </summary>
    public IReadOnlyList<FieldError> Validate(DateRange? campaignPeriod = null)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Add(new(nameof(Title), "事项名称不能为空"));
        }
        else if (Title.Trim().Length > TitleMaxLength)
        {
            errors.Add(new(nameof(Title), $"事项名称不能超过{TitleMaxLength}个字符"));
        }

        if (!Enum.IsDefined(Kind))
        {
            errors.Add(new(nameof(Kind), "请选择事项类型"));
        }

        if (PlannedDate == default)
        {
            errors.Add(new(nameof(PlannedDate), "请填写计划日期"));
        }
        else if (campaignPeriod is { } period && Campaigns.CampaignCalendar.Problem(PlannedDate, period, "计划日期") is { } dateProblem)
        {
            errors.Add(new(nameof(PlannedDate), dateProblem));
        }

        if (Kind == WorkItemKind.GrassrootsVisit)
        {
            // The seed counts visits per leader and theme, so both are needed to count the visit.
            if (ResponsiblePersonId is null)
            {
                errors.Add(new(nameof(ResponsiblePersonId), "下基层事项请选择带队领导"));
            }

            if (VisitTheme is null)
            {
                errors.Add(new(nameof(VisitTheme), "下基层事项请选择主题（找问题或问成效）"));
            }
            else if (!Enum.IsDefined(VisitTheme.Value))
            {
                errors.Add(new(nameof(VisitTheme), "下基层主题只能是找问题或问成效"));
            }
        }
        else if (VisitTheme is not null)
        {
            errors.Add(new(nameof(VisitTheme), "只有下基层事项才能选择主题"));
        }

        if (Notes is not null && Notes.Trim().Length > NotesMaxLength)
        {
            errors.Add(new(nameof(Notes), $"备注不能超过{NotesMaxLength}个字符"));
        }

        return errors;
    }

    /// <summary>Throws the first problem as a <see cref="DomainException"/>.</summary>
    public void EnsureValid(DateRange? campaignPeriod = null)
    {
        var errors = Validate(campaignPeriod);
        if (errors.Count > 0)
        {
            throw new DomainException(errors[0].Message);
        }
    }
}

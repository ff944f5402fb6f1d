using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;

namespace CampaignHub.Features.ContactDuties;

/// <summary>Form models of the contact-duty dialogs; they turn into service requests with Chinese messages for missing fields.</summary>
public sealed class RecordActivityInput
{
    public int? PersonId { get; set; }

    public DutyType DutyType { get; set; } = DutyType.ContactPointVisit;

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? Place { get; set; }

    public string? PeopleMet { get; set; }

    public string? Content { get; set; }

    public string? Outcome { get; set; }

    /// <summary>记录群众意见: each row becomes an Opinion in the pipeline (source 联系走访), noted on the activity.</summary>
    public List<HeardOpinionRow> Heard { get; } = [];

    /// <summary>The Chinese message shown beside the end date when it falls before the start; null when the dates are fine.</summary>
    public string? EndDateError => StartDate is { } start && EndDate is { } end && end < start ? "结束日期不能早于开始日期" : null;

    public static IReadOnlyList<DutyType> RecordableDuties { get; } = Enum.GetValues<DutyType>().Where(d => d.IsRecordedAsActivity()).ToList();

    public RecordActivityRequest ToRequest()
    {
        var start = StartDate ?? throw new DomainException("请选择开始日期");
        return new RecordActivityRequest(
            PersonId ?? throw new DomainException("请选择人员"),
            DutyType,
            start,
            EndDate ?? start,
            Place ?? string.Empty,
            PeopleMet,
            Content ?? string.Empty,
            Outcome,
            Heard.Where(row => !string.IsNullOrWhiteSpace(row.Content))
                .Select(row => new OpinionNoteInput(row.Content!.Trim(), string.IsNullOrWhiteSpace(row.RaisedBy) ? null : row.RaisedBy.Trim(), row.Category, string.IsNullOrWhiteSpace(row.Phone) ? null : row.Phone.Trim()))
                .ToList());
    }
}

/// <summary>One opinion heard during the activity, as typed in the recording dialog.</summary>
public sealed class HeardOpinionRow
{
    public string? Content { get; set; }

    public OpinionCategory Category { get; set; } = OpinionCategory.Other;

    public string? RaisedBy { get; set; }

    public string? Phone { get; set; }
}

public sealed class ScheduleReceptionInput
{
    public int? LeaderPersonId { get; set; }

    public DateOnly? Date { get; set; }

    public TimeSpan? StartTime { get; set; } = new TimeSpan(9, 0, 0);

    public TimeSpan? EndTime { get; set; } = new TimeSpan(12, 0, 0);

    public string? Place { get; set; }

    public ReceptionForm Form { get; set; } = ReceptionForm.FixedPlace;

    public ScheduleReceptionRequest ToRequest() => new(
        LeaderPersonId ?? throw new DomainException("请选择接访领导"),
        Date ?? throw new DomainException("请选择接访日期"),
        TimeOnly.FromTimeSpan(StartTime ?? throw new DomainException("请选择开始时间")),
        TimeOnly.FromTimeSpan(EndTime ?? throw new DomainException("请选择结束时间")),
        Place ?? string.Empty,
        Form);
}

public sealed class OpenCaseInput
{
    public int? LeaderPersonId { get; set; }

    /// <summary>包案领导; empty means the receiving leader owns the case.</summary>
    public int? CaseOwnerPersonId { get; set; }

    public int? ScheduledReceptionId { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    public string? VisitorName { get; set; }

    public string? VisitorContact { get; set; }

    public string? Matter { get; set; }

    public string? Measures { get; set; }

    public int? ResponsibleUnitId { get; set; }

    public DateOnly? Deadline { get; set; }

    public OpenCaseRequest ToRequest() => new(
        LeaderPersonId ?? throw new DomainException("请选择接访领导"),
        ScheduledReceptionId,
        ReceivedOn ?? throw new DomainException("请选择接访日期"),
        VisitorName ?? string.Empty,
        VisitorContact,
        Matter ?? string.Empty,
        Measures ?? string.Empty,
        ResponsibleUnitId ?? throw new DomainException("请指定责任单位"),
        Deadline ?? throw new DomainException("请选择解决时限"),
        CaseOwnerPersonId);
}

public sealed class StartSecondmentInput
{
    public int? PersonId { get; set; }

    public int? HostUnitId { get; set; }

    public string? HostUnitName { get; set; }

    public SecondmentKind Kind { get; set; } = SecondmentKind.NewCivilServant;

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? MentorName { get; set; }

    public StartSecondmentRequest ToRequest() => new(
        PersonId ?? throw new DomainException("请选择挂职人员"),
        HostUnitId,
        HostUnitName ?? string.Empty,
        Kind,
        StartDate ?? throw new DomainException("请选择开始日期"),
        EndDate ?? throw new DomainException("请选择结束日期"),
        MentorName ?? string.Empty);
}

/// <summary>A file chosen for an activity's evidence.</summary>
public sealed record EvidenceUpload(int ActivityId, Microsoft.AspNetCore.Components.Forms.IBrowserFile File);

/// <summary>An editable row of the quota-rule grid.</summary>
public sealed class QuotaRuleRow
{
    public int Id { get; init; }

    public int Version { get; init; }

    public QuotaRole Role { get; init; }

    public DutyType DutyType { get; init; }

    public int Target { get; set; }

    public QuotaMeasure Measure { get; set; }

    public QuotaPeriod Period { get; set; }

    public int? MinConsecutiveDays { get; set; }

    public string Description { get; set; } = string.Empty;

    public string? Source { get; init; }

    public bool IsActive { get; set; }

    public static QuotaRuleRow From(QuotaRuleDto dto) => new()
    {
        Id = dto.Id,
        Version = dto.Version,
        Role = dto.Role,
        DutyType = dto.DutyType,
        Target = dto.Target,
        Measure = dto.Measure,
        Period = dto.Period,
        MinConsecutiveDays = dto.MinConsecutiveDays,
        Description = dto.Description,
        Source = dto.Source,
        IsActive = dto.IsActive,
    };

    public ChangeQuotaRuleRequest ToRequest() => new(Target, Measure, Period, Description, MinConsecutiveDays, Source, IsActive, Version);
}


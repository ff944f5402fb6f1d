using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;

namespace CampaignHub.Features.ContactDuties;

public sealed record OptionDto(int Id, string Name);

/// <summary>A person someone may record for, with their unit.</summary>
public sealed record PersonOptionDto(int Id, string Name, string? Title, PersonRole Role, int UnitId, string UnitName)
{
    public string Label => $"{Name}（{UnitName} · {Title ?? Role.ToChinese()}）";
}

public sealed record EvidenceDto(int Id, string FileName, long SizeBytes);

public sealed record OpinionNoteDto(int Id, string Content, string? RaisedBy, int? OpinionId);

public sealed record ActivityDto(
    int Id,
    int Version,
    int PersonId,
    string PersonName,
    int UnitId,
    DutyType DutyType,
    DateOnly StartDate,
    DateOnly EndDate,
    int Days,
    string Place,
    string? PeopleMet,
    string Content,
    string? Outcome,
    string RecordedByName,
    IReadOnlyList<EvidenceDto> Evidence,
    IReadOnlyList<OpinionNoteDto> OpinionNotes);

/// <summary>An opinion heard during an activity: it becomes an Opinion in the pipeline (source 联系走访), noted on the activity.</summary>
public sealed record OpinionNoteInput(string Content, string? RaisedBy, OpinionCategory Category = OpinionCategory.Other, string? RaisedByPhone = null);

/// <summary>What a leader or coordinator records. The unit is the person's own, never taken from the caller.</summary>
public sealed record RecordActivityRequest(
    int PersonId,
    DutyType DutyType,
    DateOnly StartDate,
    DateOnly EndDate,
    string Place,
    string? PeopleMet,
    string Content,
    string? Outcome,
    IReadOnlyList<OpinionNoteInput>? Opinions = null);

/// <summary>One person's line in a compliance table: overall and per duty.</summary>
public sealed record PersonStatusDto(
    int PersonId,
    string Name,
    string? Title,
    int UnitId,
    string UnitName,
    string QuotaRoles,
    ComplianceStatus Worst,
    decimal Score,
    int Green,
    int Yellow,
    int Red,
    IReadOnlyDictionary<DutyType, ComplianceStatus> ByDuty);

public sealed record UnitStatusDto(int UnitId, string UnitName, decimal Score, ComplianceStatus Worst, int PeopleGreen, int PeopleYellow, int PeopleRed);

public sealed record PersonCardDto(
    int PersonId,
    string Name,
    string? Title,
    int UnitId,
    string UnitName,
    int Year,
    DateOnly Today,
    string QuotaRoles,
    ComplianceStatus Worst,
    decimal Score,
    IReadOnlyList<RuleCompliance> Rules,
    IReadOnlyList<ActivityDto> Activities,
    IReadOnlyList<SecondmentDto> Secondments,
    bool CanRecord);

public sealed record UnitComplianceDto(
    int UnitId,
    string UnitName,
    int Year,
    DateOnly Today,
    IReadOnlyList<DutyType> Duties,
    IReadOnlyList<PersonStatusDto> Rows,
    ComplianceStatus Worst,
    decimal Score,
    bool CanRecord,
    UnitRuralDutiesDto Rural);

public sealed record OfficeComplianceDto(
    int Year,
    DateOnly Today,
    IReadOnlyList<PersonStatusDto> People,
    IReadOnlyList<UnitStatusDto> Units,
    int OpenCases,
    int OverdueCases,
    IReadOnlyList<UnitRuralDutiesDto> Rural)
{
    /// <summary>Rural points across the units that still lack part of their “三个一”.</summary>
    public int RuralPointsShort => Rural.Sum(u => u.PointsShort);

    public int ThreeSendsTotal => Rural.Sum(u => u.Sends.Total);
}

/// <summary>The wall panel: how many people are green, yellow, red, per unit and in total.</summary>
public sealed record ContactWallDto(
    int Year,
    DateOnly Today,
    int PeopleGreen,
    int PeopleYellow,
    int PeopleRed,
    IReadOnlyList<UnitStatusDto> Units,
    int OpenCases,
    int OverdueCases,
    int SettledCases);

public sealed record ReportDutyRowDto(string PersonName, string Role, string Duty, string Requirement, int Expected, int Actual, string UnitText, string Status);

public sealed record ReportActivityRowDto(string PersonName, DateOnly StartDate, DateOnly EndDate, string Place, string Content, string? Outcome, int EvidenceCount);

/// <summary>A unit's year-end report, compiled from the records (not typed in).</summary>
public sealed record YearEndReportDto(
    int UnitId,
    string UnitName,
    int Year,
    DateOnly AsOf,
    IReadOnlyList<ReportDutyRowDto> Duties,
    IReadOnlyList<ReportActivityRowDto> ResearchReports,
    IReadOnlyList<ReportActivityRowDto> PracticalMatters,
    IReadOnlyList<ReportActivityRowDto> ContactPointVisits,
    int ActivityCount,
    int ReceptionCasesReceived,
    int ReceptionCasesSettled,
    IReadOnlyList<ReportResearchRowDto> Research,
    ExchangeStanding Exchange,
    UnitRuralDutiesDto Rural)
{
    public int DutiesFulfilled => Duties.Count(d => d.Status == ComplianceStatus.Met.ToChinese());
}

public sealed record ReceptionDayDto(
    int Id,
    int Version,
    int LeaderPersonId,
    string LeaderName,
    int UnitId,
    string UnitName,
    DateOnly Date,
    TimeOnly StartTime,
    TimeOnly EndTime,
    string Place,
    ReceptionForm Form,
    bool IsCancelled,
    string? CancelReason,
    bool CanEdit);

public sealed record ReceptionCaseDto(
    int Id,
    int Version,
    int ReceivingUnitId,
    string ReceivingUnitName,
    int ReceivingLeaderPersonId,
    string LeaderName,
    int? ScheduledReceptionId,
    DateOnly ReceivedOn,
    string VisitorName,
    string? VisitorContact,
    bool VisitorMasked,
    string Matter,
    string Measures,
    int ResponsibleUnitId,
    string ResponsibleUnitName,
    DateOnly Deadline,
    ReceptionCaseStatus Status,
    DateOnly? SettledOn,
    string? Reply,
    string? LeaderSignOff,
    bool IsOverdue,
    int DaysOverdue,
    bool CanStart,
    ActionAnswer Settle,
    int CaseOwnerPersonId,
    string CaseOwnerName,
    DateOnly? ReplySignedOn,
    ActionAnswer WriteReply,
    ActionAnswer SignReply,
    bool ReplyMissing);

public sealed record ReceptionBoardDto(
    DateOnly Today,
    IReadOnlyList<ReceptionDayDto> Upcoming,
    IReadOnlyList<ReceptionDayDto> Past,
    IReadOnlyList<ReceptionCaseDto> Cases,
    IReadOnlyList<PersonOptionDto> Leaders,
    IReadOnlyList<PersonOptionDto> CaseOwners,
    IReadOnlyList<OptionDto> Units)
{
    /// <summary>Cases not yet settled (案结事了).</summary>
    public int UnsettledCount => Cases.Count(c => c.Status != ReceptionCaseStatus.Settled);

    /// <summary>Cases past their deadline, by the domain's overdue rule (carried on each case).</summary>
    public int OverdueCount => Cases.Count(c => c.IsOverdue);
}

/// <summary>A reply text or a leader's sign-off for a reception case, with the version read.</summary>
public sealed record CaseReplyRequest(string Text, int Version);

public sealed record VersionRequest(int Version);

public sealed record ScheduleReceptionRequest(int LeaderPersonId, DateOnly Date, TimeOnly StartTime, TimeOnly EndTime, string Place, ReceptionForm Form);

public sealed record OpenCaseRequest(
    int LeaderPersonId,
    int? ScheduledReceptionId,
    DateOnly ReceivedOn,
    string VisitorName,
    string? VisitorContact,
    string Matter,
    string Measures,
    int ResponsibleUnitId,
    DateOnly Deadline,
    int? CaseOwnerPersonId = null);

public sealed record SecondmentDto(
    int Id,
    int Version,
    int PersonId,
    string PersonName,
    int HomeUnitId,
    string HomeUnitName,
    string HostUnitName,
    SecondmentKind Kind,
    DateOnly StartDate,
    DateOnly EndDate,
    string MentorName,
    string? EndReview,
    bool IsUnderway,
    bool IsAwaitingReview,
    bool CanEdit);

public sealed record PartyRepresentativeDto(int Id, int PersonId, string PersonName, string UnitName, QuotaRole Level, DateOnly TermStart, DateOnly? TermEnd);

public sealed record SecondmentBoardDto(DateOnly Today, IReadOnlyList<SecondmentDto> Secondments, IReadOnlyList<PartyRepresentativeDto> Representatives, IReadOnlyList<PersonOptionDto> People, IReadOnlyList<OptionDto> Units);

public sealed record StartSecondmentRequest(int PersonId, int? HostUnitId, string HostUnitName, SecondmentKind Kind, DateOnly StartDate, DateOnly EndDate, string MentorName);

public sealed record QuotaRuleDto(
    int Id,
    int Version,
    QuotaRole Role,
    DutyType DutyType,
    int Target,
    QuotaMeasure Measure,
    QuotaPeriod Period,
    int? MinConsecutiveDays,
    string Description,
    string? Source,
    bool IsActive,
    string TargetText);

public sealed record ChangeQuotaRuleRequest(int Target, QuotaMeasure Measure, QuotaPeriod Period, string Description, int? MinConsecutiveDays, string? Source, bool IsActive, int ExpectedVersion);

/// <summary>
/// A reception day as the public page shows it: the domain's public listing plus the leader's post (title and
/// unit), which tells the public whom they will meet. Nothing about visitors or cases.
/// </summary>
public sealed record PublicReceptionDay(PublicReceptionListing Listing, string LeaderTitle, string UnitName);

/// <summary>Who may read a reception visitor's name and contact unmasked: the rule of opinion raisers.</summary>
public static class ReceptionPrivacy
{
    /// <summary>The office and the coordinators of the receiving (first-contact, handling) unit; everyone else sees them masked.</summary>
    public static bool CanSeeVisitor(Actor actor, ReceptionCase receptionCase) =>
        actor.IsOffice || (actor.IsCoordinator && actor.UnitId == receptionCase.ReceivingUnitId);
}

/// <summary>A leader's research for the year-end report: topics, reports and the domain's standing.</summary>
public sealed record ReportResearchRowDto(string PersonName, int Topics, int Reports, string ReportTitles, string Standing, bool IsFlagged);

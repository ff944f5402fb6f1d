using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;

namespace CampaignHub.Features.Plans;

public sealed record PlanVersionDto(
    int Number,
    PlanText Text,
    string SubmittedByName,
    DateTimeOffset SubmittedAt,
    PlanDecision Decision,
    string? DecisionComment,
    string? DecidedByName,
    DateTimeOffset? DecidedAt);

/// <summary>A unit's plan for a campaign, or the empty shell of one not yet written (<see cref="Status"/> null).</summary>
public sealed record PlanDto(
    int? PlanId,
    int CampaignId,
    string CampaignTitle,
    int UnitId,
    string UnitName,
    PlanStatus? Status,
    PlanText Text,
    int? Version,
    string? ReturnReason,
    string? UpdatedByName,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<PlanVersionDto> Versions,
    ExperienceReport Experience,
    IReadOnlyDictionary<PlanAction, ActionAnswer> Actions)
{
    /// <summary>The viewer may edit the unit's data (coordinator of the unit or above, the office).</summary>
    public bool CanEdit => Can(PlanAction.Save).Refusal != RefusalKind.NotPermitted;

    /// <summary>The submit button's words: a returned plan goes back after revision.</summary>
    public string SubmitLabel => Status == PlanStatus.Returned ? "修改后重新提交" : "提交活动办审批";

    /// <summary>The viewer may approve or return the plan now.</summary>
    public bool CanDecide => Can(PlanAction.Return).IsAllowed;

    /// <summary>The texts may be changed now.</summary>
    public bool IsEditable => Can(PlanAction.Save).IsAllowed;

    public ActionAnswer Can(PlanAction action) => Actions.GetValueOrDefault(action) ?? ActionAnswer.NotPermitted("您无权执行该操作");

    /// <summary>The domain's answers for every plan action: the one place pages read permissions from.</summary>
    public static IReadOnlyDictionary<PlanAction, ActionAnswer> AnswersFor(Actor actor, int unitId, PlanStatus? status, UnitTree tree, ExperienceReport experiences) =>
        Enum.GetValues<PlanAction>().ToDictionary(a => a, a => ImplementationPlan.WhyCannot(a, actor, unitId, status, tree, experiences));
}

/// <summary>One enrolled unit on the office's plan list and the campaign overview.</summary>
public sealed record UnitPlanRowDto(
    int UnitId,
    string UnitName,
    UnitKind Kind,
    int Depth,
    int? PlanId,
    PlanStatus? Status,
    int? PlanVersion,
    int VersionCount,
    DateTimeOffset? SubmittedAt,
    string? ReturnReason,
    decimal ProgressPercent,
    int ItemCount,
    int OverdueCount,
    ExperienceReport Experience,
    ActionAnswer Approve,
    ActionAnswer Return);

public sealed record PlanOverviewDto(int CampaignId, string CampaignTitle, DateOnly Today, decimal ProgressPercent, IReadOnlyList<UnitPlanRowDto> Units)
{
    public int Count(PlanStatus? status) => Units.Count(u => u.Status == status);

    public int OverdueItems => Units.Sum(u => u.OverdueCount);

    public int UnitsWithOverdue => Units.Count(u => u.OverdueCount > 0);

    public int ExperienceNotReported => Units.Count(u => u.Experience.NotReported);

    public int ExperienceAwaitingApproval => Units.Count(u => u.Experience.AwaitingApproval > 0);
}

public sealed record EvidenceDto(int Id, string FileName, string ContentType, long SizeBytes, string UploadedByName, DateTimeOffset UploadedAt)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

public sealed record WorkItemDto(
    int Id,
    int Version,
    int UnitId,
    string Title,
    WorkItemKind Kind,
    int? PhaseId,
    int? MilestoneId,
    DateOnly PlannedDate,
    int? ResponsiblePersonId,
    GrassrootsVisitTheme? VisitTheme,
    WorkItemStatus Status,
    int ProgressPercent,
    string? Notes,
    string? CancelReason,
    int DaysOverdue,
    string UpdatedByName,
    IReadOnlyList<EvidenceDto> Evidence)
{
    public WorkItemDetails Details => new(Title, Kind, PlannedDate, PhaseId, MilestoneId, ResponsiblePersonId, VisitTheme, Notes);

    /// <summary>The domain's answer for every action (<see cref="WorkItem.WhyCannot"/>) for the viewer: the grid renders from these.</summary>
    public IReadOnlyDictionary<WorkItemAction, ActionAnswer> Actions { get; init; } = new Dictionary<WorkItemAction, ActionAnswer>();

    public ActionAnswer Can(WorkItemAction action) => Actions.GetValueOrDefault(action) ?? ActionAnswer.NotPermitted("您无权修改该单位的数据");

    public static IReadOnlyDictionary<WorkItemAction, ActionAnswer> AnswersFor(WorkItem item, Actor viewer, UnitTree tree, PlanStatus? unitPlanStatus) =>
        Enum.GetValues<WorkItemAction>().ToDictionary(a => a, a => item.WhyCannot(a, viewer, tree, unitPlanStatus));
}

public sealed record PhaseOption(int Id, string Name);

public sealed record MilestoneOption(int Id, int PhaseId, string Title, DateOnly DueDate);

public sealed record LeaderOption(int Id, string Name, string? Title)
{
    public string Label => Title is null ? Name : $"{Name}（{Title}）";
}

/// <summary>What the dropdowns of a unit's work-item grid offer, and what the service accepts.</summary>
/// <param name="CampaignPeriod">The campaign's dates: planned dates must fall within its years (see CampaignCalendar).</param>
public sealed record WorkItemLookups(IReadOnlyList<PhaseOption> Phases, IReadOnlyList<MilestoneOption> Milestones, IReadOnlyList<LeaderOption> Leaders, Domain.Common.DateRange? CampaignPeriod = null);

public sealed record LeaderVisitRowDto(LeaderOption Leader, LeaderVisitSummary Summary);

public sealed record UnitWorkItemsDto(
    int CampaignId,
    string CampaignTitle,
    int UnitId,
    string UnitName,
    PlanStatus? PlanStatus,
    bool CanEdit,
    bool CanApprove,
    DateOnly Today,
    IReadOnlyList<WorkItemDto> Items,
    WorkItemLookups Lookups,
    ExperienceReport Experience,
    IReadOnlyList<LeaderVisitRowDto> LeaderVisits,
    UnitProgress Progress)
{
    /// <summary>The unit's items wait for its plan's approval before any can start (the page says so).</summary>
    public bool StartAwaitsPlan => !WorkItemActionRules.PlanAllowsWork(PlanStatus);
}

/// <summary>One problem in an imported file, by Excel row and column header.</summary>
public sealed record ImportError(int Row, string Column, string Message);

public sealed record ImportRow(int Row, WorkItemDetails Details);

public sealed record ImportPreview(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Rows.Count > 0;
}

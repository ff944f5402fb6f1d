using CampaignHub.Domain.Common;
using CampaignHub.Domain.Linkage;
using CampaignHub.Domain.Opinions;

namespace CampaignHub.Features.Linkage;

public sealed record LinkageOptionDto(int Id, string Name);

/// <summary>A leader who may be named on a form, with the unit they belong to.</summary>
public sealed record LeaderOptionDto(int Id, int UnitId, string Name);

/// <summary>A unit's standing against the end-of-March visit, from <see cref="UpperVisitRule"/>.</summary>
public sealed record UpperVisitUnitRowDto(int UnitId, string UnitName, UpperVisitStanding Standing, int Visits);

public sealed record FirstBatchItemDto(string Item, string LocalMeasures);

public sealed record ReportedProblemDto(string Problem, string? UpperAnswer);

public sealed record UpperVisitDto(
    int Id,
    int Version,
    int UnitId,
    string UnitName,
    int LeaderPersonId,
    string LeaderName,
    DateOnly VisitedOn,
    string DepartmentVisited,
    IReadOnlyList<FirstBatchItemDto> FirstBatchItems,
    IReadOnlyList<ReportedProblemDto> ReportedProblems,
    string ExperienceTakenOver,
    bool AfterDeadline,
    DateOnly? RevisedOn,
    ActionAnswer CanRevise);

/// <summary>The register of visits to upper counterpart departments, with each owing unit's standing.</summary>
public sealed record UpperVisitsDto(
    int CampaignId,
    string CampaignTitle,
    DateOnly DueOn,
    IReadOnlyList<UpperVisitUnitRowDto> Units,
    IReadOnlyList<UpperVisitDto> Visits,
    IReadOnlyList<LinkageOptionDto> RecordableUnits,
    IReadOnlyList<LeaderOptionDto> Leaders)
{
    public int OverdueUnits => Units.Count(u => u.Standing.IsOverdue);
}

public sealed record UpperVisitInput(int UnitId, int LeaderPersonId, UpperVisitDetails Details);

/// <summary>A visit corrected or completed later (e.g. the upper department's answer arrived), against the version read.</summary>
public sealed record UpperVisitRevision(int Version, int LeaderPersonId, UpperVisitDetails Details);

public sealed record RootedAboveClaimDto(string Problem, string? OpinionText, string? ItemTitle);

public sealed record GrassrootsVisitDto(
    int Id,
    int UnitId,
    string UnitName,
    string LeaderName,
    DateOnly VisitedOn,
    string GrassrootsUnitName,
    string Theme,
    string Findings,
    IReadOnlyList<RootedAboveClaimDto> Claims);

/// <summary>One leader's point-to-point visits against <see cref="GrassrootsRule"/>.</summary>
public sealed record GrassrootsLeaderRowDto(int UnitId, string UnitName, int PersonId, string LeaderName, LeaderGrassrootsStanding Standing);

public sealed record GrassrootsUnitRowDto(int UnitId, string UnitName, int Leaders, int LeadersMet, int LeadersOverdue, bool Complies);

/// <summary>What a claim may point at: rooted-above opinions sent to the unit, the unit's rectification items.</summary>
public sealed record ClaimTargetDto(int Id, int UnitId, string Text);

public sealed record GrassrootsDto(
    int CampaignId,
    string CampaignTitle,
    DateOnly DueOn,
    IReadOnlyList<GrassrootsUnitRowDto> Units,
    IReadOnlyList<GrassrootsLeaderRowDto> Leaders,
    IReadOnlyList<GrassrootsVisitDto> Visits,
    IReadOnlyList<LinkageOptionDto> RecordableUnits,
    IReadOnlyList<LeaderOptionDto> RecordableLeaders,
    IReadOnlyList<ClaimTargetDto> RootedAboveOpinions,
    IReadOnlyList<ClaimTargetDto> RectificationItems)
{
    public int OverdueLeaders => Leaders.Count(l => l.Standing.IsOverdue);
}

public sealed record ClaimInput(string? Problem, int? OpinionId, int? RectificationItemId);

public sealed record GrassrootsVisitInput(int UnitId, int LeaderPersonId, GrassrootsVisitDetails Details, IReadOnlyList<ClaimInput>? Claims);

/// <summary>An upper department's opinion in the feedback loop, with what the viewer may do with it and why not.</summary>
public sealed record UpperOpinionRowDto(
    int Id,
    string ReceiptNumber,
    string UpperDepartmentName,
    string Category,
    string Content,
    DateOnly ReceivedOn,
    ForwardingState State,
    string StateText,
    int? UnitId,
    string? UnitName,
    string? ConcernedLeaders,
    DateOnly? FeedbackDueOn,
    int DaysOverdue,
    string? Answer,
    DateOnly? AnsweredOn,
    string? ReturnReason,
    int ReturnCount,
    IReadOnlyDictionary<OpinionAction, ActionAnswer> Actions)
{
    public ActionAnswer Can(OpinionAction action) => Actions.TryGetValue(action, out var answer) ? answer : ActionAnswer.NotApplicable("无效的操作");
}

public sealed record UpperOpinionsDto(
    int CampaignId,
    string CampaignTitle,
    IReadOnlyList<UpperOpinionRowDto> Rows,
    ForwardedOpinionCounts Counts,
    ActionAnswer MayReceive,
    IReadOnlyList<LinkageOptionDto> Units);

public sealed record ReceiveUpperOpinionInput(string? UpperDepartment, OpinionCategory? Category, string? Content, DateOnly? ReceivedOn);

public sealed record ForwardInput(int UnitId, DateOnly? FeedbackDueOn, string? ConcernedLeaders);

public sealed record FeedbackInput(string? Answer);

public sealed record ReturnFeedbackInput(string? Reason, DateOnly? NewFeedbackDueOn);

/// <summary>What the 工作台 shows of 双联动: opinions in the feedback loop, units and leaders overdue.</summary>
public sealed record LinkageWorkbenchDto(ForwardedOpinionCounts Opinions, int UpperVisitsOverdue, int GrassrootsLeadersOverdue);

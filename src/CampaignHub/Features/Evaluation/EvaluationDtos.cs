using CampaignHub.Components.Shared;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Evaluation;

namespace CampaignHub.Features.Evaluation;

/// <summary>One unit's row on the office's list: the domain's evaluation state and its principal leader.</summary>
public sealed record EvaluationRowDto(int UnitId, string UnitName, string UnitKind, string? PrincipalName, UnitEvaluationState State)
{
    public string RecognitionText => State.Recognition?.Display ?? "—";

    public string ThresholdText => Domain.Satisfaction.SatisfactionRate.FormatPercent(State.Threshold);
}

public sealed record EvaluationOverviewDto(int CampaignId, string CampaignTitle, string ThresholdText, int MinimumBallots, IReadOnlyList<EvaluationRowDto> Rows);


public sealed record BallotDto(int Number, string RaterKind, string Conduct, string ProblemSolving, string Members);

public sealed record MemberRecognitionDto(string Name, Recognition Recognition);

/// <summary>One evaluation round as its panel shows it, with what the viewer may do and why not.</summary>
public sealed record EvaluationDto(
    int Id,
    int Version,
    bool IsReEvaluation,
    string Title,
    DateOnly HeldOn,
    DateOnly? SummaryMeetingOn,
    string StatusName,
    string? OutcomeName,
    string? ThresholdText,
    Recognition Team,
    Recognition Conduct,
    Recognition ProblemSolving,
    IReadOnlyList<MemberRecognitionDto> Members,
    IReadOnlyList<BallotDto> Ballots,
    bool WouldGoIntoRedo,
    IReadOnlyList<CommentView> Comments,
    IReadOnlyDictionary<EvaluationAction, ActionAnswer> Actions);

public sealed record RedoStepDto(string Text, string ByName, DateTimeOffset At);

public sealed record RedoDto(
    int Id,
    int Version,
    string StatusName,
    bool IsOpen,
    string Reason,
    DateOnly Deadline,
    string? OverdueText,
    string? Report,
    DateOnly? ReportSubmittedOn,
    string? ReturnReason,
    IReadOnlyList<RedoStepDto> Steps,
    IReadOnlyList<CommentView> Comments,
    IReadOnlyDictionary<RedoAction, ActionAnswer> Actions);

public sealed record LeaderRecordDto(
    int Id,
    PrincipalLeaderRecordKind Kind,
    string KindName,
    string PersonName,
    DateOnly HeldOn,
    string Summary,
    string? InterviewerName,
    string? Commitments,
    Recognition? Rating,
    string RecordedByName,
    IReadOnlyList<CommentView> Comments,
    ActionAnswer CanComment);

public sealed record TeamMemberDto(int Id, string Name, string? Title);

/// <summary>Everything of one unit's final evaluation, redo and principal-leader records, with what the viewer may start.</summary>
public sealed record EvaluationUnitDto(
    int CampaignId,
    int UnitId,
    string UnitName,
    DateOnly Today,
    UnitEvaluationState State,
    string ThresholdText,
    int MinimumBallots,
    decimal Threshold,
    IReadOnlyList<TeamMemberDto> Team,
    string? PrincipalName,
    IReadOnlyList<EvaluationDto> Evaluations,
    IReadOnlyList<RedoDto> Redos,
    IReadOnlyList<LeaderRecordDto> LeaderRecords,
    ActionAnswer CanOpenEvaluation,
    ActionAnswer CanRecordLeader);

public sealed record CloseEvaluationInput(int Version, DateOnly? RedoDeadline);

public sealed record RedoReportInput(int Version, string? Report);

public sealed record RedoDecisionInput(int Version, string? Note);

public sealed record EvaluationCommentInput(CommentSubject Subject, int SubjectId, string? Text);

using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Rectification;

namespace CampaignHub.Features.Commitments;

public sealed record CommitmentRowDto(
    int Id,
    int Version,
    int UnitId,
    string UnitName,
    CommitmentKind Kind,
    string Content,
    string Goal,
    DateOnly Deadline,
    string ResponsiblePerson,
    string Measures,
    PromisedTo PromisedTo,
    CommitmentStatus Status,
    int ProgressPercent,
    bool IsPublic,
    DateOnly FiledOn,
    DateOnly? DoneOn,
    string? ResultNote,
    string? CancelReason,
    int DaysOverdue,
    PublicRatingCounts Ratings,
    bool CanEdit)
{
    public string? OverdueText => Domain.Common.Overdue.Describe(DaysOverdue);

    /// <summary>What the printed ledger says of the item: its progress while it runs, else its result (or why it was cancelled).</summary>
    public string? ProgressOrOutcome => Status == CommitmentStatus.InProgress ? $"完成{ProgressPercent}%" : ResultNote ?? CancelReason;

    /// <summary>The domain's answer for every verb (<see cref="Commitment.WhyCannot"/>): the ledger's buttons render from these.</summary>
    public IReadOnlyDictionary<CommitmentVerb, Domain.Common.ActionAnswer> Actions { get; init; } = new Dictionary<CommitmentVerb, Domain.Common.ActionAnswer>();

    public Domain.Common.ActionAnswer Can(CommitmentVerb verb) => Actions.GetValueOrDefault(verb) ?? Domain.Common.ActionAnswer.NotPermitted("您无权执行该操作");

    public static IReadOnlyDictionary<CommitmentVerb, Domain.Common.ActionAnswer> AnswersFor(Commitment commitment, Domain.Common.Actor actor, Domain.Units.UnitTree tree) =>
        Enum.GetValues<CommitmentVerb>().ToDictionary(v => v, v => commitment.WhyCannot(v, actor, tree));
}

/// <summary>The four clears and whom it was promised to, as the form sends them.</summary>
public sealed class CommitmentInput
{
    public int UnitId { get; set; }

    public CommitmentKind Kind { get; set; } = CommitmentKind.Annual;

    public string Content { get; set; } = string.Empty;

    public string Goal { get; set; } = string.Empty;

    public DateOnly Deadline { get; set; }

    public string ResponsiblePerson { get; set; } = string.Empty;

    public string Measures { get; set; } = string.Empty;

    public PromisedTo PromisedTo { get; set; } = PromisedTo.Both;

    public static CommitmentInput From(CommitmentRowDto row) => new()
    {
        UnitId = row.UnitId,
        Kind = row.Kind,
        Content = row.Content,
        Goal = row.Goal,
        Deadline = row.Deadline,
        ResponsiblePerson = row.ResponsiblePerson,
        Measures = row.Measures,
        PromisedTo = row.PromisedTo,
    };
}

public sealed record UnitFilingDto(int UnitId, string UnitName, int Count, DateOnly? FirstFiledOn, MilestoneState State);

public sealed record LedgerDto(
    int CampaignId,
    string CampaignTitle,
    DateOnly? DueDate,
    int? LedgerVersion,
    IReadOnlyList<UnitFilingDto> Filings,
    DateOnly Today)
{
    public IReadOnlyList<UnitFilingDto> NotFiled => Filings.Where(f => f.State != MilestoneState.MetOnTime).ToList();

    /// <summary>The domain's answer whether the viewer may set the ledger's due date (the office).</summary>
    public Domain.Common.ActionAnswer SetDueDate { get; init; } = Domain.Common.ActionAnswer.NotPermitted("只有活动办可以设置台账报送时限");

    /// <summary>The domain's answer whether the viewer files commitments at all (the office, a unit's coordinator).</summary>
    public Domain.Common.ActionAnswer File { get; init; } = Domain.Common.ActionAnswer.NotPermitted("只有活动办或单位联络员可以录入");
}

public sealed record ThreeChecksJudgementDto(int Id, int Version, bool Positive, string Text, string? Comment, int ItemCount, decimal? SatisfactionRate, string ReviewedBy, DateTimeOffset ReviewedAt);

public sealed record ThreeChecksBucketDto(ThreeChecksBucket Bucket, int Count, ThreeChecksJudgementDto? Judgement, IReadOnlyList<CommitmentRowDto> Items);

public sealed record ThreeChecksDto(int CampaignId, int? UnitId, string Scope, ThreeChecksSummary Summary, IReadOnlyList<ThreeChecksBucketDto> Buckets, bool CanJudge);

/// <summary>One commitment's three-level assessment as the 三级考核 page and its export show it.</summary>
public sealed record AssessmentRowDto(
    CommitmentRowDto Commitment,
    int? PeerScore,
    string? PeerNote,
    int? OrganisationScore,
    string? OrganisationComment,
    string? OrganisationReviewerName,
    decimal? PublicScore,
    int PublicRaters,
    decimal? WeightedScore,
    YearEndGrade? Grade,
    string GradeText,
    string ThreeChecks);

public sealed record AssessmentDto(int CampaignId, string CampaignTitle, string Scope, IReadOnlyList<AssessmentRowDto> Rows)
{
    /// <summary>The weighting and grade bands, stated on the page and in the export.</summary>
    public string Rule => CommitmentAssessment.Rule;
}

/// <summary>A score out of 100 and a note (互评说明 / 点评意见), against the version the reviewer saw.</summary>
public sealed class AssessmentInput
{
    public int ExpectedVersion { get; set; }

    public int? Score { get; set; }

    public string? Note { get; set; }
}

/// <summary>The assessment grid asks the page to record one level for one commitment.</summary>
public sealed record AssessmentRequest(AssessmentRowDto Row, AssessmentLevel Level);

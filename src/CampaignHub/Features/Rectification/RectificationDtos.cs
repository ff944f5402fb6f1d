using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;

namespace CampaignHub.Features.Rectification;

public sealed record RectificationFilter(int? UnitId = null, bool IncludeSubUnits = true, RectificationStatus? Status = null, bool OverdueOnly = false, bool QuickFixOnly = false, int? ThemeId = null);

public sealed record RectificationRowDto(
    int Id,
    int Version,
    int UnitId,
    string UnitName,
    string Title,
    RectificationStatus Status,
    int ProgressPercent,
    DateOnly? Deadline,
    int DaysOverdue,
    bool IsQuickFix,
    string? ThemeName,
    bool IsPublic,
    string? MissingFourHaves,
    int LinkedOpinions,
    bool NeedsReopenReview,
    int RatedUnsatisfied)
{
    public string? OverdueText => Domain.Common.Overdue.Describe(DaysOverdue);
}

public sealed record EvidenceDto(int Id, string FileName, string ContentType, long SizeBytes, string UploadedBy, DateTimeOffset UploadedAt);

public sealed record LinkedOpinionDto(int Id, string ReceiptNumber, string Content, string Status);

public sealed record RectificationDetailDto(
    int Id,
    int Version,
    int CampaignId,
    int UnitId,
    string UnitName,
    string Title,
    string Problem,
    string? Goal,
    string? Measures,
    string? ResponsiblePerson,
    DateOnly? Deadline,
    RectificationStatus Status,
    bool IsQuickFix,
    int ProgressPercent,
    int? ThemeId,
    string? ThemeName,
    bool IsPublic,
    string? Answer,
    string? NoEvidenceReason,
    DateOnly? StartedOn,
    DateOnly? CompletedOn,
    DateOnly? VerifiedOn,
    string? VerifiedBy,
    string? VerificationComment,
    int ReopenCount,
    string? LastReopenReason,
    bool NeedsReopenReview,
    int RatedSatisfied,
    int RatedBasicallySatisfied,
    int RatedUnsatisfied,
    IReadOnlyList<FourHave> Missing,
    int DaysOverdue,
    IReadOnlyList<EvidenceDto> Evidence,
    IReadOnlyList<LinkedOpinionDto> LinkedOpinions,
    bool CanEdit,
    bool CanVerify,
    bool CanDecideReopen,
    DateOnly Today)
{
    public string? MissingText => FourHaveNames.DescribeMissing(Missing);

    /// <summary>The domain's answer for every action (<see cref="RectificationItem.WhyCannot"/>): the buttons render from these.</summary>
    public IReadOnlyDictionary<RectificationAction, ActionAnswer> Actions { get; init; } = new Dictionary<RectificationAction, ActionAnswer>();

    public ActionAnswer Can(RectificationAction action) => Actions.GetValueOrDefault(action) ?? ActionAnswer.NotPermitted("您无权执行该操作");

    public static IReadOnlyDictionary<RectificationAction, ActionAnswer> AnswersFor(RectificationItem item, Actor actor, UnitTree tree) =>
        Enum.GetValues<RectificationAction>().ToDictionary(a => a, a => item.WhyCannot(a, actor, tree));
}

/// <summary>What the editor form sends; the service applies only what changed.</summary>
public sealed class RectificationEdit
{
    public string Title { get; set; } = string.Empty;

    public string Problem { get; set; } = string.Empty;

    public string? Goal { get; set; }

    public string? Measures { get; set; }

    public string? ResponsiblePerson { get; set; }

    public DateOnly? Deadline { get; set; }

    public bool IsQuickFix { get; set; }

    public int? ThemeId { get; set; }

    public bool IsPublic { get; set; }

    public string? Answer { get; set; }

    public static RectificationEdit From(RectificationDetailDto d) => new()
    {
        Title = d.Title,
        Problem = d.Problem,
        Goal = d.Goal,
        Measures = d.Measures,
        ResponsiblePerson = d.ResponsiblePerson,
        Deadline = d.Deadline,
        IsQuickFix = d.IsQuickFix,
        ThemeId = d.ThemeId,
        IsPublic = d.IsPublic,
        Answer = d.Answer,
    };
}

public sealed record NewRectificationItem(int UnitId, string Title, string Problem, bool IsQuickFix);

public sealed record ThemeDto(int Id, string Name, string? Description);

/// <summary>Counts for dashboards and the wall.</summary>
public sealed record RectificationStatsDto(int Total, int NotStarted, int InProgress, int Finished, int Verified, int Overdue, int QuickFixes, int AwaitingReopenReview);

/// <summary>A reopen-review rule in words (<see cref="CampaignHub.Domain.Rectification.ReopenReviewRule.Description"/>) and the campaigns using it.</summary>
public sealed record CampaignReopenRuleDto(string Campaigns, string Rule);

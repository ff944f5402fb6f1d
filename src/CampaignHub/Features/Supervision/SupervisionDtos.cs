using CampaignHub.Features.Units;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;

namespace CampaignHub.Features.Supervision;

public sealed record FlagDto(int Id, int CampaignId, int UnitId, string UnitName, UnitFlagKind Kind, string KindText, string Reason, decimal? Rate, string RaisedBy, DateTimeOffset RaisedAt, bool Active, string? ClearNote, DateTimeOffset? ClearedAt, bool HasOpenOrder);

public sealed record OrderStepDto(string StatusText, string Note, string ByName, DateTimeOffset At);

public sealed record FeedbackFileDto(int Id, string FileName, long SizeBytes);

/// <summary>One round of 整改反馈 with the decision on it.</summary>
public sealed record FeedbackDto(
    int Round,
    string Measures,
    string SubmittedByName,
    DateTimeOffset SubmittedAt,
    FeedbackDecision Decision,
    string DecisionText,
    string? DecisionNote,
    string? DecidedByName,
    DateTimeOffset? DecidedAt,
    IReadOnlyList<FeedbackFileDto> Evidence);

public sealed record OrderDto(
    int Id,
    int Version,
    int CampaignId,
    int UnitId,
    string UnitName,
    string Reason,
    DateOnly Deadline,
    RectificationOrderStatus Status,
    string StatusText,
    bool Overdue,
    int DaysOverdue,
    string IssuedBy,
    DateTimeOffset IssuedAt,
    string? ResponseText,
    IReadOnlyList<int> RectificationItemIds,
    int? ResurveyId,
    string? ResurveyTitle,
    decimal? LastResurveyRate,
    IReadOnlyList<OrderStepDto> Steps)
{
    /// <summary>Every round of 整改反馈, oldest first.</summary>
    public IReadOnlyList<FeedbackDto> Feedback { get; init; } = [];

    /// <summary>Why the last report was returned, while the unit has not reported again.</summary>
    public string? ReturnReason { get; init; }

    /// <summary>What the viewer may do with the order now, and why not, as the domain answers (<c>RectificationOrder.WhyCannot</c>).</summary>
    public IReadOnlyDictionary<OrderAction, ActionAnswer> Answers { get; init; } = new Dictionary<OrderAction, ActionAnswer>();

    /// <summary>The domain's answer for one action; an action it was not asked about is not the viewer's.</summary>
    public ActionAnswer Answer(OrderAction action) =>
        Answers.TryGetValue(action, out var answer) ? answer : ActionAnswer.NotPermitted("您无权执行该操作");
}

public sealed record SupervisionOverviewDto(
    int CampaignId,
    string CampaignTitle,
    decimal Threshold,
    DateOnly Today,
    IReadOnlyList<FlagDto> FlaggedUnits,
    IReadOnlyList<OrderDto> OpenOrders,
    IReadOnlyList<OrderDto> OverdueOrders,
    IReadOnlyList<Units.UnitOptionDto> Units);

public sealed record UnitHistoryDto(int UnitId, string UnitName, IReadOnlyList<FlagDto> Flags, IReadOnlyList<OrderDto> Orders, IReadOnlyList<Satisfaction.TrendPointDto> Rates);

public sealed class FlagInput
{
    public int? UnitId { get; set; }

    public string Reason { get; set; } = string.Empty;
}

public sealed class OrderInput
{
    public int? UnitId { get; set; }

    public int? FlagId { get; set; }

    public string Reason { get; set; } = string.Empty;

    public DateTime? Deadline { get; set; }
}

public sealed class RespondInput
{
    public string Text { get; set; } = string.Empty;

    /// <summary>Rectification item ids, separated by commas or spaces (optional).</summary>
    public string? ItemIds { get; set; }

    /// <summary>The evidence files of the report (optional; the supervisor sees whether any were given).</summary>
    public IReadOnlyList<FeedbackUpload> Files { get; set; } = [];
}

/// <summary>A file chosen for a report back; opened by the service when it stores it.</summary>
public sealed record FeedbackUpload(string FileName, string ContentType, long SizeBytes, Func<Stream> Open);

public sealed class ResurveyInput
{
    public DateTime? ClosesAt { get; set; }
}

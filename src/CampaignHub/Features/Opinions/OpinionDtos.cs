using CampaignHub.Domain.Opinions;

namespace CampaignHub.Features.Opinions;

public sealed record OpinionFilter(
    OpinionStatus? Status = null,
    OpinionSource? Source = null,
    OpinionCategory? Category = null,
    int? UnitId = null,
    bool RootedAboveOnly = false,
    bool PublicOnly = false,
    string? Text = null);

/// <summary>One opinion as the given actor may see it: name and phone masked unless they handle it.</summary>
public sealed record OpinionRowDto(
    int Id,
    int Version,
    string ReceiptNumber,
    OpinionSource Source,
    OpinionCategory Category,
    string Content,
    DateOnly RaisedOn,
    string? RaisedByName,
    string? RaisedByPhone,
    bool ContactMasked,
    bool SubmittedByPublic,
    OpinionStatus Status,
    bool RootedAbove,
    string? RootedAboveFromUnit,
    string? EscalatedToUnit,
    int? EscalatedToUnitId,
    string? EscalationReason,
    int? ClaimedByUnitId,
    string? ClaimedByUnit,
    string? EnteredByUnit,
    int? EnteredByUnitId,
    DateOnly? DueOn,
    int DaysOverdue,
    int? RectificationItemId,
    string? RectificationItemTitle,
    string? Answer,
    DateOnly? AnsweredOn,
    bool CanHandle);

/// <summary>What staff type in on the entry form.</summary>
public sealed class OpinionEntry
{
    public OpinionSource Source { get; set; } = OpinionSource.Visit;

    public OpinionCategory Category { get; set; } = OpinionCategory.Other;

    public string Content { get; set; } = string.Empty;

    public DateOnly RaisedOn { get; set; }

    public string? RaisedByName { get; set; }

    public string? RaisedByPhone { get; set; }

    /// <summary>The entering unit; null when the office enters it for no particular unit.</summary>
    public int? UnitId { get; set; }
}

using CampaignHub.Domain.Common;
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
    bool CanHandle)
{
    /// <summary>The unit that sent it up last, and who did (display name).</summary>
    public string? EscalatedFromUnit { get; init; }

    public string? EscalatedByName { get; init; }

    public DateOnly? EscalatedOn { get; init; }

    /// <summary>The leader who heard it during a contact activity (source 联系走访).</summary>
    public string? ReceivedByName { get; init; }

    public int? ContactActivityId { get; init; }

    /// <summary>交办: the day it was handed to the handling unit, if it was handed rather than claimed.</summary>
    public DateOnly? AssignedOn { get; init; }

    /// <summary>The viewer may hand it to a unit now (交办, with a time limit).</summary>
    public bool CanHandOver { get; init; }

    /// <summary>The unit it sits with, as the list shows it (“待…认领” while it waits for an upper unit's claim).</summary>
    public string? SitsWith { get; init; }

    /// <summary>The unit the claim form proposes, and whether the claimer may choose another.</summary>
    public int? ProposedClaimingUnitId { get; init; }

    public bool ClaimingUnitFixed { get; init; }

    /// <summary>The domain's answer for every action (<see cref="Opinion.WhyCannot"/>) for the viewer: the list renders from these.</summary>
    public IReadOnlyDictionary<OpinionAction, ActionAnswer> Actions { get; init; } = new Dictionary<OpinionAction, ActionAnswer>();

    public ActionAnswer Can(OpinionAction action) => Actions.GetValueOrDefault(action) ?? ActionAnswer.NotPermitted("该意见不在您单位的受理范围内");

    public static IReadOnlyDictionary<OpinionAction, ActionAnswer> AnswersFor(OpinionFacts opinion, Actor viewer, Domain.Units.UnitTree tree) =>
        Enum.GetValues<OpinionAction>().ToDictionary(a => a, a => OpinionRules.WhyCannot(a, opinion, viewer, tree));
}

/// <summary>A rooted-above opinion waiting on a unit's 工作台 for its claim: what, why, and from whom.</summary>
public sealed record WaitingOpinionDto(int Id, int Version, string ReceiptNumber, string Content, int ToUnitId, string ToUnit, string FromUnit, string? EscalatedByName, string Reason, DateOnly? EscalatedOn);

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

    /// <summary>For a channel with set hours (主席接待日, 12338, 12345): the schedule whose session on <see cref="RaisedOn"/> it was heard at.</summary>
    public int? ChannelScheduleId { get; set; }
}

using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Opinions;

/// <summary>
/// 双向反馈意见、联动解决问题: upper counterpart departments send their opinions to the office (区委学教办), which
/// compiles them and forwards each to the unit concerned (and names the district leaders concerned) with a deadline for
/// feedback. The receiving unit answers; the office sees the answer, accepts it (办结) or returns it as inadequate, and
/// the opinion waits for feedback again. It is the opinions pipeline with its own source and its own entry and exit
/// verbs: the deadline is the pipeline's 限时办结 (<see cref="Opinion.DueOn"/>), so overdue is the pipeline's rule.
/// </summary>
public sealed partial class Opinion
{
    public const int MaxUpperDepartmentNameLength = 100;

    /// <summary>The upper counterpart department that sent the opinion (上级对口部门).</summary>
    public string? UpperDepartmentName { get; private set; }

    /// <summary>The district leaders the office named as concerned when forwarding (区领导).</summary>
    public string? ConcernedLeaders { get; private set; }

    /// <summary>Why the office returned the last feedback; null when never returned.</summary>
    public string? FeedbackReturnReason { get; private set; }

    /// <summary>How many times the office returned the feedback.</summary>
    public int FeedbackReturnCount { get; private set; }

    public bool IsFromUpperDepartment => Source == OpinionSource.UpperDepartment;

    /// <summary>Where a forwarded upper-department opinion stands in the feedback loop; null for other opinions.</summary>
    public ForwardingState? Forwarding => IsFromUpperDepartment ? ForwardingStates.Of(Status) : null;

    /// <summary>The office records an opinion an upper department sent it (by post, e-mail or at a visit).</summary>
    public static Opinion ReceiveFromUpperDepartment(
        int campaignId,
        string upperDepartment,
        OpinionCategory category,
        string content,
        DateOnly receivedOn,
        Actor actor,
        IClock clock)
    {
        if (!actor.IsOffice)
        {
            throw new AccessDeniedException(OpinionRules.OnlyTheOfficeForwards);
        }

        var opinion = new Opinion(campaignId, OpinionSource.UpperDepartment, category, content, receivedOn, null, null, clock)
        {
            UpperDepartmentName = Guard.Required(upperDepartment, "上级部门", MaxUpperDepartmentNameLength),
            EnteredBy = actor.UserName,
        };
        opinion.Raise(new OpinionReceivedFromUpperDepartment(opinion));
        return opinion;
    }

    /// <summary>
    /// 转交: the office forwards the opinion to the unit concerned, naming the district leaders concerned, with the day
    /// by which the unit must give feedback. No feedback deadline, no forwarding: every forwarded opinion is tracked
    /// to an answer.
    /// </summary>
    public void ForwardForFeedback(int unitId, DateOnly? feedbackDueOn, string? concernedLeaders, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(OpinionAction.Forward, actor, tree).Ensure();
        if (!tree.Contains(unitId))
        {
            throw new DomainException("找不到接收单位");
        }

        var due = feedbackDueOn ?? throw new DomainException("转交上级部门意见须明确反馈时限");
        if (due < clock.Today)
        {
            throw new DomainException("反馈时限不能早于今天");
        }

        ConcernedLeaders = Guard.Optional(concernedLeaders, "相关区领导", 200);
        ClaimedByUnitId = unitId;
        ClaimedBy = actor.UserName;
        ClaimedOn = clock.Today;
        DueOn = due;
        AssignedBy = actor.UserName;
        AssignedOn = clock.Today;
        Status = OpinionStatus.Claimed;
        Raise(new OpinionForwarded(this));
    }

    /// <summary>
    /// The office finds the feedback inadequate and returns it with a reason (and, if it chooses, a new deadline): the
    /// opinion waits for the unit's feedback again, and is overdue again once past its deadline.
    /// </summary>
    public void ReturnFeedback(string reason, DateOnly? newFeedbackDueOn, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(OpinionAction.ReturnFeedback, actor, tree).Ensure();
        var why = Guard.Required(reason, "退回原因", 500);
        if (newFeedbackDueOn is { } due && due < clock.Today)
        {
            throw new DomainException("反馈时限不能早于今天");
        }

        FeedbackReturnReason = why;
        FeedbackReturnCount++;
        DueOn = newFeedbackDueOn ?? DueOn;
        AnsweredOn = null;
        Status = OpinionStatus.Claimed;
        Raise(new OpinionFeedbackReturned(this));
    }
}

/// <summary>待转交 → 已转交（待反馈） → 已反馈 → 已办结; a returned feedback goes back to 待反馈.</summary>
public enum ForwardingState
{
    /// <summary>待转交: the office has it and has not forwarded it yet.</summary>
    AwaitingForwarding = 0,

    /// <summary>已转交（待反馈）.</summary>
    AwaitingFeedback = 1,

    /// <summary>已反馈: the unit answered; the office accepts or returns it.</summary>
    FeedbackGiven = 2,

    /// <summary>已办结: the office accepted the feedback.</summary>
    Closed = 3,
}

public static class ForwardingStates
{
    public static ForwardingState Of(OpinionStatus status) => status switch
    {
        OpinionStatus.New => ForwardingState.AwaitingForwarding,
        OpinionStatus.Answered => ForwardingState.FeedbackGiven,
        OpinionStatus.Closed => ForwardingState.Closed,
        _ => ForwardingState.AwaitingFeedback,
    };

    public static string ToChinese(this ForwardingState state) => state switch
    {
        ForwardingState.AwaitingForwarding => "待转交",
        ForwardingState.AwaitingFeedback => "已转交（待反馈）",
        ForwardingState.FeedbackGiven => "已反馈",
        ForwardingState.Closed => "已办结",
        _ => state.ToString(),
    };
}

/// <summary>
/// Where the upper departments' opinions stand, counted once for the page, the 工作台 and the print: overdue is the
/// pipeline's rule (<see cref="Opinion.DaysOverdue"/>: past the feedback deadline and not answered).
/// </summary>
public sealed record ForwardedOpinionCounts(int AwaitingForwarding, int AwaitingFeedback, int Overdue, int FeedbackGiven, int Closed)
{
    public int Total => AwaitingForwarding + AwaitingFeedback + FeedbackGiven + Closed;

    public static ForwardedOpinionCounts Of(IEnumerable<Opinion> opinions, DateOnly today)
    {
        var list = opinions.Where(o => o.IsFromUpperDepartment).ToList();
        return new ForwardedOpinionCounts(
            list.Count(o => o.Forwarding == ForwardingState.AwaitingForwarding),
            list.Count(o => o.Forwarding == ForwardingState.AwaitingFeedback),
            list.Count(o => o.DaysOverdue(today) > 0),
            list.Count(o => o.Forwarding == ForwardingState.FeedbackGiven),
            list.Count(o => o.Forwarding == ForwardingState.Closed));
    }
}

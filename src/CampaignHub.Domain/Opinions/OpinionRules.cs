using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Opinions;

/// <summary>What can be done with an opinion (the list's buttons and the link tick box).</summary>
public enum OpinionAction
{
    /// <summary>认领.</summary>
    Claim,

    /// <summary>根子在上：上报上级.</summary>
    Escalate,

    /// <summary>答复.</summary>
    Answer,

    /// <summary>办结.</summary>
    Close,

    /// <summary>取消关联整改事项.</summary>
    Unlink,

    /// <summary>交办, with a time limit.</summary>
    HandOver,

    /// <summary>关联到整改事项.</summary>
    Link,

    /// <summary>转交 an upper department's opinion to a unit with a feedback deadline (双向反馈).</summary>
    Forward,

    /// <summary>退回 an inadequate feedback on a forwarded opinion: it waits for feedback again.</summary>
    ReturnFeedback,
}

/// <summary>The facts of an opinion its rules depend on: where it sits and whether it is linked to a rectification item.</summary>
public sealed record OpinionFacts(OpinionStatus Status, int? EnteredByUnitId, int? EscalatedToUnitId, int? ClaimedByUnitId, int? RectificationItemId, bool FromUpperDepartment = false)
{
    /// <summary>The unit the opinion currently sits with; null when it waits for the office to dispatch it.</summary>
    public int? CurrentUnitId => Status switch
    {
        OpinionStatus.Escalated => EscalatedToUnitId,
        OpinionStatus.New => EnteredByUnitId,
        _ => ClaimedByUnitId,
    };
}

/// <summary>
/// The one home of "who may do what with an opinion, and why not". <see cref="Opinion"/> enforces it in its verbs and
/// answers <see cref="Opinion.WhyCannot"/> from it; the opinion list renders its buttons from that answer.
/// Before a claim, the unit the opinion sits with (<see cref="OpinionAccess"/>) acts on it; after, the handling unit.
/// </summary>
public static class OpinionRules
{
    public const string NotClaimedYet = "该意见尚未被单位认领";

    public const string UpperDepartmentOpinionIsForwarded = "上级部门意见由区委学教办转交相关单位，并明确反馈时限";

    public const string OnlyTheOfficeForwards = "只有区委学教办可以登记和转交上级部门意见";

    public const string OnlyTheReceivingUnitAnswers = "转交的上级部门意见由接收单位反馈";

    /// <summary>What the actor may do now, and why not: first who they are (not permitted), then the opinion's state.</summary>
    public static ActionAnswer WhyCannot(OpinionAction action, OpinionFacts opinion, Actor actor, UnitTree tree) => action switch
    {
        OpinionAction.Claim or OpinionAction.HandOver when opinion.FromUpperDepartment => ActionAnswer.FirstOf(
            WhereItSits(opinion, actor, tree),
            ActionAnswer.NotApplicable(UpperDepartmentOpinionIsForwarded)),
        OpinionAction.Answer when opinion.FromUpperDepartment => ActionAnswer.FirstOf(
            ReceivingUnit(opinion, actor, tree),
            ActionAnswer.When(opinion.Status is OpinionStatus.Claimed or OpinionStatus.Answered, ActionAnswer.NotApplicable("只有待反馈或已反馈的意见才能反馈"))),
        OpinionAction.Close when opinion.FromUpperDepartment => ActionAnswer.FirstOf(
            ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted("转交的上级部门意见由区委学教办确认反馈后办结")),
            ActionAnswer.When(opinion.Status == OpinionStatus.Answered, ActionAnswer.NotApplicable("只有已反馈的意见才能办结"))),
        OpinionAction.Forward => ActionAnswer.FirstOf(
            ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted(OnlyTheOfficeForwards)),
            ActionAnswer.When(opinion.FromUpperDepartment, ActionAnswer.NotApplicable("只有上级部门意见由活动办转交")),
            ActionAnswer.When(opinion.Status == OpinionStatus.New, ActionAnswer.NotApplicable("只有待转交的上级部门意见才能转交"))),
        OpinionAction.ReturnFeedback => ActionAnswer.FirstOf(
            ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted("只有区委学教办可以退回反馈")),
            ActionAnswer.When(opinion.FromUpperDepartment, ActionAnswer.NotApplicable("只有转交的上级部门意见才能退回反馈")),
            ActionAnswer.When(opinion.Status == OpinionStatus.Answered, ActionAnswer.NotApplicable("只有已反馈的意见才能退回重新反馈"))),
        OpinionAction.Claim => ActionAnswer.FirstOf(
            WhereItSits(opinion, actor, tree),
            ActionAnswer.When(opinion.Status is OpinionStatus.New or OpinionStatus.Escalated, ActionAnswer.NotApplicable("只有待受理或待上级认领的意见才能认领"))),
        OpinionAction.HandOver => ActionAnswer.FirstOf(
            WhereItSits(opinion, actor, tree),
            ActionAnswer.When(opinion.Status == OpinionStatus.New, ActionAnswer.NotApplicable("只有待受理的意见才能交办"))),
        OpinionAction.Escalate => ActionAnswer.FirstOf(
            WhereItSits(opinion, actor, tree),
            ActionAnswer.When(opinion.Status is OpinionStatus.New or OpinionStatus.Claimed, ActionAnswer.NotApplicable("只有待受理或办理中的意见才能上报上级"))),
        OpinionAction.Answer => ActionAnswer.FirstOf(
            HandlingUnit(opinion, actor, tree),
            ActionAnswer.When(opinion.Status is OpinionStatus.Claimed or OpinionStatus.Answered, ActionAnswer.NotApplicable("只有办理中或已答复的意见才能答复"))),
        OpinionAction.Close => ActionAnswer.FirstOf(
            HandlingUnit(opinion, actor, tree),
            ActionAnswer.When(opinion.Status == OpinionStatus.Answered, ActionAnswer.NotApplicable("只有已答复的意见才能办结"))),
        OpinionAction.Link => ActionAnswer.FirstOf(
            HandlingUnit(opinion, actor, tree),
            ActionAnswer.When(opinion.Status == OpinionStatus.Claimed, ActionAnswer.NotApplicable("只有办理中的意见才能关联整改事项")),
            ActionAnswer.When(opinion.RectificationItemId is null, ActionAnswer.NotApplicable("该意见已关联整改事项，请先取消关联"))),
        OpinionAction.Unlink => ActionAnswer.FirstOf(
            HandlingUnit(opinion, actor, tree),
            ActionAnswer.When(opinion.Status == OpinionStatus.Claimed, ActionAnswer.NotApplicable("只有办理中的意见才能取消关联")),
            ActionAnswer.When(opinion.RectificationItemId is not null, ActionAnswer.NotApplicable("该意见未关联整改事项"))),
        _ => ActionAnswer.NotApplicable("无效的操作"),
    };

    /// <summary>Whether the actor may enter opinions at all: the office, or a coordinator for their unit.</summary>
    public static ActionAnswer WhyCannotEnter(Actor actor) => UnitAccess.WhyCannotRecordUnitWork(actor);

    /// <summary>Only the office enters an opinion for no unit (it then dispatches it).</summary>
    public static bool MayEnterWithoutUnit(Actor actor) => actor.IsOffice;

    /// <summary>An escalated opinion is claimed only by the unit it was sent to; any other is claimed by the claimer's choice.</summary>
    public static bool ClaimingUnitIsFixed(OpinionFacts opinion) => opinion.Status == OpinionStatus.Escalated;

    /// <summary>The unit the claim form proposes: the unit it was escalated to, else the claimer's own unit, else the entering unit.</summary>
    public static int? ProposedClaimingUnit(OpinionFacts opinion, Actor actor) =>
        ClaimingUnitIsFixed(opinion) ? opinion.EscalatedToUnitId : actor.UnitId ?? opinion.EnteredByUnitId;

    /// <summary>Before a claim: the office, or a coordinator whose tree holds the unit the opinion sits with.</summary>
    private static ActionAnswer WhereItSits(OpinionFacts opinion, Actor actor, UnitTree tree) => ActionAnswer.When(
        actor.IsOffice || (opinion.CurrentUnitId is { } unitId && UnitAccess.CanEdit(actor, unitId, tree)),
        ActionAnswer.NotPermitted(opinion.Status == OpinionStatus.Escalated ? "该意见“表现在下、根子在上”，须由上级单位认领" : "该意见不在您单位的受理范围内"));

    /// <summary>
    /// 双向反馈: a forwarded upper-department opinion is answered by the unit it was forwarded to (its coordinator, within
    /// their tree), never by the office that forwarded it — the office only sees, accepts or returns the answer.
    /// </summary>
    private static ActionAnswer ReceivingUnit(OpinionFacts opinion, Actor actor, UnitTree tree) => opinion.ClaimedByUnitId is { } unitId
        ? ActionAnswer.When(actor.IsCoordinator && !actor.IsOffice && UnitAccess.CanEdit(actor, unitId, tree), ActionAnswer.NotPermitted(OnlyTheReceivingUnitAnswers))
        : ActionAnswer.NotApplicable("该意见尚未转交");

    /// <summary>After a claim: whoever may edit the handling unit.</summary>
    private static ActionAnswer HandlingUnit(OpinionFacts opinion, Actor actor, UnitTree tree) => opinion.ClaimedByUnitId is { } unitId
        ? ActionAnswer.When(UnitAccess.CanEdit(actor, unitId, tree), ActionAnswer.NotPermitted("您无权修改该单位的数据"))
        : ActionAnswer.NotApplicable(NotClaimedYet);
}

using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Supervision;

/// <summary>What one may do with a supervision flag.</summary>
public enum FlagAction
{
    /// <summary>下达整改: a supervisor orders rectification of a flagged unit.</summary>
    IssueOrder,

    /// <summary>解除标记.</summary>
    Clear,
}

/// <summary>
/// The one home of who may do what with flags, and why not: the verbs of <see cref="UnitFlag"/> refuse with these
/// answers, and the supervision pages render their buttons from them (orders: <see cref="OrderRules"/>).
/// </summary>
public static class SupervisionPermissions
{
    /// <summary>
    /// A supervisor orders rectification of a flagged unit once (not while an order is open); a supervisor or the office
    /// clears a flag. A supervisor acts only on the units their supervision groups supervise.
    /// </summary>
    public static ActionAnswer WhyCannot(FlagAction action, Actor actor, int unitId, bool flagActive, bool unitHasOpenOrder) => action switch
    {
        FlagAction.IssueOrder => ActionAnswer.FirstOf(
            ActionAnswer.When(actor.IsSupervisor, ActionAnswer.NotPermitted("只有督导组可以根据标记下达整改通知")),
            SupervisesUnit(actor, unitId),
            ActionAnswer.When(flagActive, ActionAnswer.NotApplicable("该标记已解除")),
            ActionAnswer.When(!unitHasOpenOrder, ActionAnswer.NotApplicable("该单位已有未销号的整改通知"))),
        FlagAction.Clear => ActionAnswer.FirstOf(
            SupervisorOrOffice("只有督导组或活动办可以解除标记", actor),
            SupervisesUnit(actor, unitId),
            ActionAnswer.When(flagActive, ActionAnswer.NotApplicable("该标记已解除"))),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>Who flags a unit by hand (and, from the supervision page, orders rectification): a supervisor.</summary>
    public static ActionAnswer WhoFlags(Actor actor) =>
        ActionAnswer.When(actor.IsSupervisor, ActionAnswer.NotPermitted("只有督导组可以标记单位"));

    private static ActionAnswer SupervisesUnit(Actor actor, int unitId) =>
        ActionAnswer.When(actor.IsOffice || !actor.IsSupervisor || actor.Supervises(unitId), ActionAnswer.NotPermitted("您所在的督导组不督导该单位"));

    private static ActionAnswer SupervisorOrOffice(string message, Actor actor) =>
        ActionAnswer.When(actor.IsSupervisor || actor.IsOffice, ActionAnswer.NotPermitted(message));
}

using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Supervision;

/// <summary>What someone may do with a rectification order.</summary>
public enum OrderAction
{
    /// <summary>整改反馈: the unit reports back with measures and evidence.</summary>
    ReportBack = 1,

    /// <summary>验收: the supervisor accepts the report; the order closes.</summary>
    Accept = 2,

    /// <summary>退回: the supervisor returns the report with a reason.</summary>
    Return = 3,

    /// <summary>安排复测: a re-survey of the unit decides the order.</summary>
    ArrangeResurvey = 4,

    /// <summary>调整期限.</summary>
    ChangeDeadline = 5,
}

/// <summary>
/// Who reaches an order. Orders reach the people who must act: a coordinator reads and answers every order
/// addressed to a unit in their tree (their own unit and everything below it), because a parent unit answers for
/// its sub-units; supervisors, the office and leaders read every order. Units outside the coordinator's tree stay
/// closed to them.
/// </summary>
public static class OrderAccess
{
    public static bool CanRead(Actor actor, int unitId, UnitTree tree) =>
        ReadsEveryUnit(actor) || CoordinatorReaches(actor, unitId, tree);

    /// <summary>Supervisors, the office and leaders read every unit's orders and supervision history.</summary>
    public static bool ReadsEveryUnit(Actor actor) => actor.IsOffice || actor.IsSupervisor || actor.IsIn(Roles.Leader);

    public static void EnsureCanRead(Actor actor, int unitId, UnitTree tree)
    {
        if (!CanRead(actor, unitId, tree))
        {
            throw new AccessDeniedException("您只能查看本单位及下属单位的整改通知");
        }
    }

    /// <summary>The unit answers through a coordinator of the unit itself or of a unit above it.</summary>
    public static bool CanAnswerFor(Actor actor, int unitId, UnitTree tree) => CoordinatorReaches(actor, unitId, tree);

    /// <summary>Supervisors and the office decide on reports, arrange re-surveys and move deadlines.</summary>
    public static bool Manages(Actor actor) => actor.IsSupervisor || actor.IsOffice;

    /// <summary>The units whose orders a coordinator sees: their tree. Null for those who see every unit's.</summary>
    public static IReadOnlySet<int>? ScopeOf(Actor actor, UnitTree tree)
    {
        if (ReadsEveryUnit(actor))
        {
            return null;
        }

        return actor.IsCoordinator && actor.UnitId is { } own && tree.Contains(own) ? tree.SubtreeOf(own).ToHashSet() : new HashSet<int>();
    }

    private static bool CoordinatorReaches(Actor actor, int unitId, UnitTree tree) =>
        actor.IsCoordinator && actor.UnitId is { } own && tree.Contains(unitId) && tree.IsAncestorOrSelf(own, unitId);
}

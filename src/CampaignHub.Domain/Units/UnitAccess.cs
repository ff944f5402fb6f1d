using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Units;

/// <summary>
/// Who may change a unit's data: the office and admin may change any unit; a coordinator only
/// their own unit and its sub-units. Leaders and supervisors read.
/// </summary>
public static class UnitAccess
{
    public static bool CanEdit(Actor actor, int unitId, UnitTree tree)
    {
        if (actor.IsOffice)
        {
            return true;
        }

        return actor.IsCoordinator && actor.UnitId is { } own && tree.Contains(unitId) && tree.IsAncestorOrSelf(own, unitId);
    }

    /// <summary>
    /// Who may read a unit's working records (its work items, their evidence and exports): those who oversee
    /// every unit (leaders, supervisors, the office, admin) and a coordinator within their own tree.
    /// </summary>
    public static bool CanReadWorkOf(Actor actor, int unitId, UnitTree tree) =>
        actor.IsOffice || actor.IsIn(Roles.Leader) || actor.IsSupervisor || CanEdit(actor, unitId, tree);

    public static void EnsureCanReadWorkOf(Actor actor, int unitId, UnitTree tree)
    {
        if (!CanReadWorkOf(actor, unitId, tree))
        {
            throw new AccessDeniedException("您只能查看本单位及下属单位的工作事项");
        }
    }

    /// <summary>
    /// Whether the actor records units' work at all (enters opinions, rectification items, commitments): the office for
    /// any unit, a coordinator for their own unit and those below it. Which unit they may record for is
    /// <see cref="CanEdit"/>.
    /// </summary>
    public static ActionAnswer WhyCannotRecordUnitWork(Actor actor) =>
        ActionAnswer.When(actor.IsOffice || (actor.IsCoordinator && actor.UnitId is not null), ActionAnswer.NotPermitted("只有活动办或单位联络员可以录入"));

    /// <summary>The unit a list opens on for the actor: a coordinator's own unit; everyone else sees all units.</summary>
    public static int? OwnUnitOf(Actor actor) => actor.IsCoordinator ? actor.UnitId : null;

    public static void EnsureCanEdit(Actor actor, int unitId, UnitTree tree)
    {
        if (!CanEdit(actor, unitId, tree))
        {
            throw new AccessDeniedException("您无权修改该单位的数据");
        }
    }
}

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

    public static void EnsureCanEdit(Actor actor, int unitId, UnitTree tree)
    {
        if (!CanEdit(actor, unitId, tree))
        {
            throw new AccessDeniedException("您无权修改该单位的数据");
        }
    }
}

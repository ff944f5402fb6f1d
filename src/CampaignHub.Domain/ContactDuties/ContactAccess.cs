using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>
/// Who may record contact duties for a unit's people: the office and admin for any unit, a
/// coordinator for their unit and its sub-units, and a leader for their own unit.
/// The caller checks that the person belongs to <c>unitId</c>.
/// </summary>
public static class ContactAccess
{
    public static bool CanRecord(Actor actor, int unitId, UnitTree tree) =>
        UnitAccess.CanEdit(actor, unitId, tree) || (actor.IsIn(Roles.Leader) && actor.UnitId == unitId);

    public static void EnsureCanRecord(Actor actor, int unitId, UnitTree tree)
    {
        if (!CanRecord(actor, unitId, tree))
        {
            throw new AccessDeniedException("您无权为该单位人员登记联系群众活动");
        }
    }

    /// <summary>The receiving unit itself (its coordinator or leader): first-contact responsibility.</summary>
    public static bool IsOfUnit(Actor actor, int unitId) =>
        actor.UnitId == unitId && (actor.IsCoordinator || actor.IsIn(Roles.Leader));
}

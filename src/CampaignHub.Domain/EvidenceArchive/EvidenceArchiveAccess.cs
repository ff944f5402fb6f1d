using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.EvidenceArchive;

/// <summary>
/// Who reads a unit's evidence archive: those who oversee the campaign (the office, leaders, supervisors, admin) read
/// and download any unit's; a unit's coordinator only their own unit's — its archive is what the unit keeps, and a
/// parent unit's coordinator opens each sub-unit's by signing in for it, not through the parent.
/// </summary>
public static class EvidenceArchiveAccess
{
    public static bool OverseesEveryUnit(Actor actor) => actor.IsOffice || actor.IsIn(Roles.Leader) || actor.IsSupervisor;

    /// <summary>The one unit the actor's archive page is fixed on, or null when they pick among all units.</summary>
    public static int? FixedUnitOf(Actor actor) => OverseesEveryUnit(actor) ? null : actor.IsCoordinator ? actor.UnitId : null;

    public static ActionAnswer WhyCannotRead(Actor actor, int unitId) =>
        OverseesEveryUnit(actor) || (actor.IsCoordinator && actor.UnitId == unitId)
            ? ActionAnswer.Allowed
            : ActionAnswer.NotPermitted("您只能查看本单位的实物资料档案");
}

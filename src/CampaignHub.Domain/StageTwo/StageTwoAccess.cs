using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.StageTwo;

/// <summary>
/// Who takes part in a unit's stage two (查摆问题、开展批评). The unit keeps its own records: its coordinator (and
/// the office) write the materials, talks, meeting and 通报会. The upper organisation reviews the materials (审核把关):
/// a coordinator of a unit above it, or the office. The supervision group of the unit reads everything, comments on
/// the materials and writes the meeting's 点评. Leaders, supervisors and the office read every unit; a coordinator
/// reads their own tree.
/// </summary>
public static class StageTwoAccess
{
    /// <summary>The unit's own keeper: its coordinator, or the office.</summary>
    public static bool Keeps(Actor actor, int unitId) =>
        actor.IsOffice || (actor.IsCoordinator && actor.UnitId == unitId);

    /// <summary>The upper organisation: a coordinator of a unit above this one, or the office.</summary>
    public static bool Reviews(Actor actor, int unitId, UnitTree tree) =>
        actor.IsOffice
        || (actor.IsCoordinator && actor.UnitId is { } own && own != unitId && tree.Contains(unitId) && tree.IsAncestorOrSelf(own, unitId));

    public static bool CanRead(Actor actor, int unitId, UnitTree tree) => UnitAccess.CanReadWorkOf(actor, unitId, tree);

    public static void EnsureCanRead(Actor actor, int unitId, UnitTree tree)
    {
        if (!CanRead(actor, unitId, tree))
        {
            throw new AccessDeniedException("您只能查看本单位及下属单位的查摆问题、开展批评环节材料");
        }
    }

    /// <summary>Keeping the unit's records: refused to anyone but its coordinator and the office.</summary>
    public static ActionAnswer WhyCannotKeep(Actor actor, int unitId) =>
        ActionAnswer.When(Keeps(actor, unitId), ActionAnswer.NotPermitted("只有本单位联络员或活动办可以填报"));

    /// <summary>The supervision group's voice: its members for the units it supervises.</summary>
    public static ActionAnswer WhyCannotSuperviseAsGroup(Actor actor, int unitId) =>
        ActionAnswer.When(actor.Supervises(unitId), ActionAnswer.NotPermitted("只有督导该单位的督导组可以点评"));
}

using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Opinions;

/// <summary>
/// Who may act on an opinion. An opinion sits with one unit at a time: the unit it was escalated to
/// while it waits there, the handling unit once claimed, the entering unit while new. The office
/// may act on every opinion (and so dispatches the ones that sit with no unit: public submissions
/// and opinions the office entered for no unit); a coordinator only on opinions sitting within
/// their own unit's tree.
/// </summary>
public static class OpinionAccess
{
    /// <summary>The unit the opinion currently sits with; null when it waits for the office to dispatch it.</summary>
    public static int? CurrentUnitOf(Opinion opinion) => opinion.Facts.CurrentUnitId;

    /// <summary>True when the actor is the office, or a coordinator whose tree holds the unit the opinion sits with.</summary>
    public static bool CanActOn(Actor actor, Opinion opinion, UnitTree tree) =>
        actor.IsOffice || (CurrentUnitOf(opinion) is { } unitId && UnitAccess.CanEdit(actor, unitId, tree));

    /// <summary>True when the actor may claim the opinion now (its state allows a claim and it sits within their reach).</summary>
    public static bool CanClaim(Actor actor, Opinion opinion, UnitTree tree) => opinion.WhyCannot(OpinionAction.Claim, actor, tree).IsAllowed;

    /// <summary>True when the actor may send the opinion up as rooted above now.</summary>
    public static bool CanEscalate(Actor actor, Opinion opinion, UnitTree tree) =>
        opinion.Status is OpinionStatus.New or OpinionStatus.Claimed && CanActOn(actor, opinion, tree)
        && FoundAt(opinion) is { } from && UnitAccess.CanEdit(actor, from, tree);

    /// <summary>True when the actor may hand the opinion to a unit now (交办): a new opinion within their reach.</summary>
    public static bool CanHandOver(Actor actor, Opinion opinion, UnitTree tree) => opinion.WhyCannot(OpinionAction.HandOver, actor, tree).IsAllowed;

    /// <summary>The office hands to any unit; a coordinator to their own unit or one below it.</summary>
    public static bool CanHandTo(Actor actor, int unitId, UnitTree tree) => UnitAccess.CanEdit(actor, unitId, tree);

    /// <summary>The unit a rooted-above escalation starts from: the handling unit, else the entering unit.</summary>
    public static int? FoundAt(Opinion opinion) => opinion.Status switch
    {
        OpinionStatus.Claimed => opinion.ClaimedByUnitId,
        OpinionStatus.New => opinion.EnteredByUnitId,
        _ => null,
    };

    /// <summary>Where the actor may send the opinion: the units <see cref="RootedAboveTargets"/> allows from where it showed.</summary>
    public static IReadOnlyList<int> EscalationTargets(Opinion opinion, UnitTree tree, IReadOnlyDictionary<int, UnitKind> kinds) =>
        FoundAt(opinion) is { } from ? RootedAboveTargets.For(from, tree, kinds) : [];

    /// <summary>Refuses, before anything about the opinion's state is told, an actor who may not act on it.</summary>
    public static void EnsureCanActOn(Actor actor, Opinion opinion, UnitTree tree)
    {
        if (CanActOn(actor, opinion, tree))
        {
            return;
        }

        throw new AccessDeniedException(opinion.Status == OpinionStatus.Escalated
            ? "该意见“表现在下、根子在上”，须由上级单位认领"
            : "该意见不在您单位的受理范围内");
    }
}

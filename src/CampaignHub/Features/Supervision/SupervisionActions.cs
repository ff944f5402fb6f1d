using CampaignHub.Features.Units;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;

namespace CampaignHub.Features.Supervision;

/// <summary>
/// The domain's answers (<see cref="SupervisionPermissions"/>) for an order or a flag as the pages hold them (DTOs):
/// the buttons render from these, and the domain refuses the same things with the same reasons on the server.
/// </summary>
public static class SupervisionActions
{
    public static ActionAnswer Answer(Actor viewer, OrderDto order, OrderAction action) =>
        SupervisionPermissions.WhyCannot(action, viewer, order.UnitId, order.Status);

    public static ActionAnswer Answer(Actor viewer, FlagDto flag, FlagAction action) =>
        SupervisionPermissions.WhyCannot(action, viewer, flag.UnitId, flag.Active, flag.HasOpenOrder);

    /// <summary>A supervisor or the office arranges the re-survey once the unit has responded (or re-arranges it).</summary>
    public static bool CanArrangeResurvey(Actor viewer, OrderDto order) => Answer(viewer, order, OrderAction.ArrangeResurvey).IsAllowed;

    /// <summary>A supervisor or the office moves the deadline of an order that is not closed.</summary>
    public static bool CanChangeDeadline(Actor viewer, OrderDto order) => Answer(viewer, order, OrderAction.ChangeDeadline).IsAllowed;

    /// <summary>The ordered unit's own coordinator answers while the order is issued or already answered (to amend it).</summary>
    public static bool CanRespond(Actor viewer, OrderDto order) => Answer(viewer, order, OrderAction.Respond).IsAllowed;

    /// <summary>A supervisor orders rectification for an active flag whose unit has no open order yet.</summary>
    public static bool CanIssueOrder(Actor viewer, FlagDto flag) => Answer(viewer, flag, FlagAction.IssueOrder).IsAllowed;

    /// <summary>A supervisor (for a unit their group supervises) or the office clears an active flag.</summary>
    public static bool CanClearFlag(Actor viewer, FlagDto flag) => Answer(viewer, flag, FlagAction.Clear).IsAllowed;

    /// <summary>The units a viewer may flag or order: a supervisor only those their groups supervise (reading stays wide).</summary>
    public static IReadOnlyList<UnitOptionDto> ActionableUnits(Actor viewer, IEnumerable<UnitOptionDto> units) =>
        units.Where(u => ActsOn(viewer, u.Id)).ToList();

    private static bool ActsOn(Actor viewer, int unitId) => viewer.IsOffice || viewer.Supervises(unitId);
}

using CampaignHub.Features.Units;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;

namespace CampaignHub.Features.Supervision;

/// <summary>
/// Which actions a person is offered on an order or a flag. The domain refuses the same things on the server; this
/// only keeps the buttons to what the viewer may actually do (a leader reads, a coordinator answers for their unit).
/// </summary>
public static class SupervisionActions
{
    /// <summary>A supervisor or the office arranges the re-survey once the unit has responded (or re-arranges it).</summary>
    public static bool CanArrangeResurvey(Actor viewer, OrderDto order) =>
        CanManage(viewer) && order.Status is RectificationOrderStatus.Responded or RectificationOrderStatus.ResurveyPending;

    /// <summary>A supervisor or the office moves the deadline of an order that is not closed.</summary>
    public static bool CanChangeDeadline(Actor viewer, OrderDto order) =>
        CanManage(viewer) && order.Status != RectificationOrderStatus.Closed;

    /// <summary>The ordered unit's own coordinator answers while the order is issued or already answered (to amend it).</summary>
    public static bool CanRespond(Actor viewer, OrderDto order) =>
        viewer.IsCoordinator && viewer.UnitId == order.UnitId && order.Status is RectificationOrderStatus.Issued or RectificationOrderStatus.Responded;

    /// <summary>A supervisor orders rectification for an active flag whose unit has no open order yet.</summary>
    public static bool CanIssueOrder(Actor viewer, FlagDto flag) => viewer.IsSupervisor && ActsOn(viewer, flag.UnitId) && flag.Active && !flag.HasOpenOrder;

    /// <summary>A supervisor (for a unit their group supervises) or the office clears an active flag.</summary>
    public static bool CanClearFlag(Actor viewer, FlagDto flag) => CanManage(viewer) && ActsOn(viewer, flag.UnitId) && flag.Active;

    /// <summary>The units a viewer may flag or order: a supervisor only those their groups supervise (reading stays wide).</summary>
    public static IReadOnlyList<UnitOptionDto> ActionableUnits(Actor viewer, IEnumerable<UnitOptionDto> units) =>
        units.Where(u => ActsOn(viewer, u.Id)).ToList();

    private static bool ActsOn(Actor viewer, int unitId) => viewer.IsOffice || viewer.Supervises(unitId);

    private static bool CanManage(Actor viewer) => viewer.IsSupervisor || viewer.IsOffice;
}

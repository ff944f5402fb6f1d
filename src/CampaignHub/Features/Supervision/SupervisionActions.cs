using CampaignHub.Features.Units;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;

namespace CampaignHub.Features.Supervision;

/// <summary>
/// The domain's answers (<see cref="SupervisionPermissions"/>) for a flag as the pages hold it (DTO): the buttons
/// render from these, and the domain refuses the same things with the same reasons on the server. Orders carry the
/// domain's own answers (<see cref="OrderDto.Answer"/>), because who answers an order depends on the unit tree.
/// </summary>
public static class SupervisionActions
{
    public static ActionAnswer Answer(Actor viewer, FlagDto flag, FlagAction action) =>
        SupervisionPermissions.WhyCannot(action, viewer, flag.UnitId, flag.Active, flag.HasOpenOrder);

    /// <summary>A supervisor orders rectification for an active flag whose unit has no open order yet.</summary>
    public static bool CanIssueOrder(Actor viewer, FlagDto flag) => Answer(viewer, flag, FlagAction.IssueOrder).IsAllowed;

    /// <summary>A supervisor (for a unit their group supervises) or the office clears an active flag.</summary>
    public static bool CanClearFlag(Actor viewer, FlagDto flag) => Answer(viewer, flag, FlagAction.Clear).IsAllowed;

    /// <summary>The units a viewer may flag or order: a supervisor only those their groups supervise (reading stays wide).</summary>
    public static IReadOnlyList<UnitOptionDto> ActionableUnits(Actor viewer, IEnumerable<UnitOptionDto> units) =>
        units.Where(u => ActsOn(viewer, u.Id)).ToList();

    private static bool ActsOn(Actor viewer, int unitId) => viewer.IsOffice || viewer.Supervises(unitId);
}

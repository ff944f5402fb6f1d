using CampaignHub.Domain.Common;

namespace CampaignHub.Features.Supervision;

/// <summary>
/// Which actions a person is offered on a flag. The domain refuses the same things on the server; this only keeps the
/// buttons to what the viewer may actually do. Orders carry the domain's own answer (<see cref="OrderDto.Allowed"/>).
/// </summary>
public static class SupervisionActions
{
    /// <summary>A supervisor orders rectification for an active flag whose unit has no open order yet.</summary>
    public static bool CanIssueOrder(Actor viewer, FlagDto flag) => viewer.IsSupervisor && flag.Active && !flag.HasOpenOrder;

    /// <summary>A supervisor or the office clears an active flag.</summary>
    public static bool CanClearFlag(Actor viewer, FlagDto flag) => CanManage(viewer) && flag.Active;

    private static bool CanManage(Actor viewer) => viewer.IsSupervisor || viewer.IsOffice;
}

using CampaignHub.Domain.Accounts;
using CampaignHub.Domain.Common;

namespace CampaignHub.Features.Organisation;

/// <summary>
/// Which actions a viewer is offered on a unit. The services refuse the same things on the server (through
/// <see cref="AccountRules"/> and the <see cref="Domain.Units.Unit"/> aggregate); this keeps the buttons to what is possible.
/// </summary>
public static class OrganisationActions
{
    public static bool CanAdminister(Actor viewer) => AccountRules.CanAdminister(viewer);

    public static bool CanEdit(Actor viewer, OrganisationUnitDto unit) => CanAdminister(viewer) && !unit.IsRetired;

    public static bool CanRetire(Actor viewer, OrganisationUnitDto unit) => CanAdminister(viewer) && !unit.IsRetired;

    public static bool CanReinstate(Actor viewer, OrganisationUnitDto unit) => CanAdminister(viewer) && unit.IsRetired;

    /// <summary>Only a unit nothing refers to may be deleted; one with records is retired instead.</summary>
    public static bool CanDelete(Actor viewer, OrganisationUnitDto unit) => CanAdminister(viewer) && !unit.HasRecords;
}

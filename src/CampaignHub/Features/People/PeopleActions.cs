using CampaignHub.Domain.Accounts;
using CampaignHub.Domain.Common;
using CampaignHub.Features.Accounts;

namespace CampaignHub.Features.People;

/// <summary>Which actions a viewer is offered on a person and their accounts; the services refuse the same things on the server.</summary>
public static class PeopleActions
{
    public static bool CanAdminister(Actor viewer) => AccountRules.CanAdminister(viewer);

    public static bool CanEdit(Actor viewer, PersonRowDto person) => CanAdminister(viewer) && person.InPost;

    public static bool CanLeavePost(Actor viewer, PersonRowDto person) => CanAdminister(viewer) && person.InPost;

    /// <summary>A person in post gets one account; a second role is a second account only by exception, so the button offers the first.</summary>
    public static bool CanOpenAccount(Actor viewer, PersonRowDto person) => CanAdminister(viewer) && person.InPost && person.Accounts.Count == 0;

    public static bool CanResetPassword(Actor viewer, AccountDto account) => CanAdminister(viewer) && !account.Disabled;

    public static bool CanDisable(Actor viewer, AccountDto account) => CanAdminister(viewer) && !account.Disabled && account.UserName != viewer.UserName;

    public static bool CanEnable(Actor viewer, AccountDto account) => CanAdminister(viewer) && account.Disabled;
}

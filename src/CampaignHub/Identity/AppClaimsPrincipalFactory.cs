using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignHub.Identity;

/// <summary>
/// Adds the account's unit, display name, supervised units and whether it must still change its one-time password
/// to its cookie, so scope checks need no lookup. The cookie is rebuilt at each session check, so group changes reach it.
/// </summary>
public sealed class AppClaimsPrincipalFactory(UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options, IDbContextFactory<Data.CampaignHubDbContext> dbFactory)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CampaignHubClaims.DisplayName, user.DisplayName));
        if (user.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(CampaignHubClaims.UnitId, unitId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(CampaignHubClaims.MustChangePassword, "true"));
        }

        if (await UserManager.IsInRoleAsync(user, Domain.Common.Roles.Supervisor))
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var units = await Features.Accounts.SupervisionGroupService.SupervisedUnitsOfAsync(db, user.Id);
            identity.AddClaim(new Claim(CampaignHubClaims.SupervisedUnits, string.Join(',', units.Order().Select(id => id.ToString(CultureInfo.InvariantCulture)))));
        }

        return identity;
    }
}

using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CampaignHub.Identity;

/// <summary>Adds the account's unit and display name to its cookie, so scope checks need no lookup.</summary>
public sealed class AppClaimsPrincipalFactory(UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
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

        return identity;
    }
}

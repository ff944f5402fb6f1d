using System.Security.Claims;
using CampaignHub.Features.PublicOversight;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CampaignHub.Identity;

/// <summary>
/// Identity's sign-in manager, with one rule added: a cookie of a locked-out account is no longer
/// valid, even when its security stamp still matches. So a lockout (after failed attempts, or set by
/// an administrator to disable an account) ends every open session at the next check. And a volunteer supervisor's
/// account works only while the appointment runs (<see cref="VolunteerSignInGate"/>).
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    VolunteerSignInGate volunteers)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<AppUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is null || await UserManager.IsLockedOutAsync(user) || await volunteers.WhyCannotSignInAsync(user) is not null ? null : user;
    }

    /// <summary>A volunteer supervisor signs in only while their appointment runs.</summary>
    public override async Task<bool> CanSignInAsync(AppUser user) =>
        await base.CanSignInAsync(user) && await volunteers.WhyCannotSignInAsync(user) is null;
}

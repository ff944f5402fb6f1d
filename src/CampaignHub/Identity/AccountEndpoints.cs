using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CampaignHub.Identity;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Signing out needs the HTTP response (cookies), so it is a form post, not a circuit call.
        // A new security stamp ends every session of the account, including cookies copied before the logout.
        endpoints.MapPost("/Account/Logout", async (SignInManager<AppUser> signInManager, ClaimsPrincipal principal, [FromForm] string? returnUrl) =>
        {
            if (await signInManager.UserManager.GetUserAsync(principal) is { } user)
            {
                await signInManager.UserManager.UpdateSecurityStampAsync(user);
            }

            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("/Account/Login");
        });
        return endpoints;
    }
}

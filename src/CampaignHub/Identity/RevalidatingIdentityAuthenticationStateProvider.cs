using System.Security.Claims;
using CampaignHub.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CampaignHub.Identity;

/// <summary>
/// A live circuit keeps the user it started with; this re-checks that user every
/// <see cref="CampaignHubOptions.SessionValidationInterval"/>: the account still exists, its security
/// stamp is the one in the cookie (a logout or password change replaces it) and it is not locked out.
/// Otherwise the circuit becomes anonymous and its pages send the user to log in.
/// </summary>
public sealed class RevalidatingIdentityAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<CampaignHubOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    /// <summary>The configured interval, but never below a second: the check loops for as long as the circuit lives.</summary>
    protected override TimeSpan RevalidationInterval =>
        options.Value.SessionValidationInterval < MinimumInterval ? MinimumInterval : options.Value.SessionValidationInterval;

    private static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsStillValidAsync(scopeFactory, authenticationState.User);

    /// <summary>True while the principal's account exists, carries the same security stamp and is not locked out.</summary>
    public static async Task<bool> IsStillValidAsync(IServiceScopeFactory scopeFactory, ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return true; // nothing to revoke
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        return await signIn.ValidateSecurityStampAsync(principal) is not null;
    }
}

using System.Globalization;
using System.Security.Claims;
using CampaignHub.Domain.Common;
using Microsoft.AspNetCore.Components.Authorization;

namespace CampaignHub.Identity;

public static class CampaignHubClaims
{
    public const string UnitId = "campaignhub:unit";
    public const string DisplayName = "campaignhub:name";
}

public static class ActorFactory
{
    /// <summary>Builds the acting person from a signed-in principal; anonymous principals get no roles.</summary>
    public static Actor From(ClaimsPrincipal principal)
    {
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        var unit = principal.FindFirst(CampaignHubClaims.UnitId)?.Value;
        var userName = principal.Identity?.IsAuthenticated == true ? principal.Identity.Name ?? "unknown" : "anonymous";
        var displayName = principal.FindFirst(CampaignHubClaims.DisplayName)?.Value ?? userName;
        return new Actor(userName, displayName, roles, unit is null ? null : int.Parse(unit, CultureInfo.InvariantCulture));
    }
}

/// <summary>The acting person of the current circuit or request.</summary>
public sealed class CurrentActor(AuthenticationStateProvider authenticationStateProvider)
{
    public async Task<Actor> GetAsync()
    {
        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        return ActorFactory.From(state.User);
    }
}

using System.Globalization;
using System.Security.Claims;
using CampaignHub.Domain.Common;
using Microsoft.AspNetCore.Components.Authorization;

namespace CampaignHub.Identity;

public static class CampaignHubClaims
{
    public const string UnitId = "campaignhub:unit";
    public const string DisplayName = "campaignhub:name";

    /// <summary>A supervisor's supervised unit ids, comma-separated (from their supervision groups).</summary>
    public const string SupervisedUnits = "campaignhub:supervises";

    /// <summary>Present while the account still has a one-time password: every page sends it to change the password.</summary>
    public const string MustChangePassword = "campaignhub:must-change-password";
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
        var supervised = principal.FindFirst(CampaignHubClaims.SupervisedUnits)?.Value
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => int.Parse(id, CultureInfo.InvariantCulture))
            .ToHashSet();
        return new Actor(userName, displayName, roles, unit is null ? null : int.Parse(unit, CultureInfo.InvariantCulture), supervised ?? []);
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

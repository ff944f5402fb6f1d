using CampaignHub.Identity;

namespace CampaignHub.Features.Wall;

public static class WallEndpoints
{
    /// <summary>A JSON snapshot of the wall, for external displays and scripts.</summary>
    public static void MapWallEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/wall", async (int? campaign, WallCache cache, Campaigns.CampaignSelection selection, Satisfaction.SatisfactionWallVisibility sealedRates, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sealedRates.ForViewerAsync(await cache.GetAsync(await selection.RequireIdAsync(campaign, cancellationToken), cancellationToken), ActorFactory.From(user), cancellationToken)))
            .RequireAuthorization(Policies.Wall);
}

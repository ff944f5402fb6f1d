using CampaignHub.Identity;

namespace CampaignHub.Features.Wall;

public static class WallEndpoints
{
    /// <summary>A JSON snapshot of the wall, for external displays and scripts.</summary>
    public static void MapWallEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/wall", async (int? campaign, WallCache cache, Campaigns.CampaignSelection selection, Satisfaction.SatisfactionWallVisibility sealedRates, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sealedRates.ForViewerAsync(await cache.GetAsync(await selection.RequireIdAsync(campaign, cancellationToken), cancellationToken), ActorFactory.From(user), cancellationToken)))
            .WithTags("进度大屏")
            .WithSummary("获取进度大屏快照（未公开的满意率按查看人保密）")
            .RequireAuthorization(Policies.Wall);
}

using CampaignHub.Identity;

namespace CampaignHub.Features.Wall;

public static class WallEndpoints
{
    /// <summary>A JSON snapshot of the wall, for external displays and scripts.</summary>
    public static void MapWallEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/wall", async (int? campaign, WallCache cache, CancellationToken cancellationToken) =>
                TypedResults.Ok(await cache.GetAsync(campaign ?? 1, cancellationToken)))
            .RequireAuthorization(Policies.Wall);
}

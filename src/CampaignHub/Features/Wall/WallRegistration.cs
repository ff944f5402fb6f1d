using CampaignHub.Features.Wall.Sources;

namespace CampaignHub.Features.Wall;

public static class WallRegistration
{
    public static IServiceCollection AddWallFeature(this IServiceCollection services)
    {
        services.AddSingleton<WallCache>();
        services.AddSingleton<ContactWallSummaryCache>();
        services.AddSingleton<WallPanelHtml>();
        services.AddSingleton<IWallSource, MilestoneWallSource>();
        services.AddSingleton<IWallSource, PlanWallSource>();
        return services;
    }
}

using CampaignHub.Data.Seed;

namespace CampaignHub.Features.StageTwo;

public static class StageTwoFeature
{
    /// <summary>Stage two of a campaign (查摆问题、开展批评): its service, export and demo data.</summary>
    public static IServiceCollection AddStageTwoFeature(this IServiceCollection services)
    {
        services.AddScoped<StageTwoService>();
        services.AddSingleton<StageTwoWallCache>();
        services.AddTransient<IDemoSeedContributor, StageTwoDemoData>();
        return services;
    }
}

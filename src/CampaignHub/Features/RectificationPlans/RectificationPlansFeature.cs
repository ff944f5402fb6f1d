using CampaignHub.Data.Seed;

namespace CampaignHub.Features.RectificationPlans;

public static class RectificationPlansFeature
{
    /// <summary>
    /// 整改落实: the units' rectification plans and measures. It also seeds the demo's stage three as one story — plans,
    /// the rules they led to and the education periods — since those rows refer to each other.
    /// </summary>
    public static IServiceCollection AddRectificationPlansFeature(this IServiceCollection services)
    {
        services.AddScoped<RectificationPlanService>();
        services.AddTransient<IDemoSeedContributor, StageThreeDemoData>();
        return services;
    }
}

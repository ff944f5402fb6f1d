namespace CampaignHub.Features.EducationPeriods;

public static class EducationPeriodsFeature
{
    /// <summary>集中教育时间: each unit's concentrated education period. Its demo rows come with the stage-three demo data.</summary>
    public static IServiceCollection AddEducationPeriodsFeature(this IServiceCollection services) =>
        services.AddScoped<EducationPeriodService>();
}

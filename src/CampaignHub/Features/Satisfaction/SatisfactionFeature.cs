using CampaignHub.Data.Seed;
using CampaignHub.Features.Supervision;
using CampaignHub.Features.Wall;

namespace CampaignHub.Features.Satisfaction;

public static class SatisfactionFeature
{
    /// <summary>Satisfaction surveys and supervision (flags, rectification orders), their scheduler and demo data.</summary>
    public static IServiceCollection AddSatisfactionFeature(this IServiceCollection services)
    {
        services.AddScoped<LowSatisfactionMonitor>();
        services.AddScoped<SurveyAdminService>();
        services.AddScoped<ResponseCodeService>();
        services.AddScoped<PublicSurveyService>();
        services.AddScoped<PaperImportService>();
        services.AddSingleton<SurveyResultsCache>();
        services.AddScoped<SatisfactionResultsService>();
        services.AddScoped<SatisfactionReadService>();
        services.AddScoped<SupervisionService>();
        services.AddScoped<SurveySchedule>();
        services.AddHostedService<SurveySchedulerService>();
        services.AddSingleton<IWallSource, SatisfactionWallSource>();
        services.AddScoped<SatisfactionWallVisibility>();
        services.AddTransient<IDemoSeedContributor, SatisfactionDemoSeed>();
        return services;
    }
}

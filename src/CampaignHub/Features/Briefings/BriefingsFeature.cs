using CampaignHub.Data.Seed;

namespace CampaignHub.Features.Briefings;

public static class BriefingsFeature
{
    /// <summary>工作动态、典型事迹 and the office's 简报: submissions, issues, the .docx, their demo data.</summary>
    public static IServiceCollection AddBriefingsFeature(this IServiceCollection services)
    {
        services.AddScoped<NewsItemService>();
        services.AddScoped<BriefingService>();
        services.AddTransient<IDemoSeedContributor, BriefingDemoData>();
        return services;
    }
}

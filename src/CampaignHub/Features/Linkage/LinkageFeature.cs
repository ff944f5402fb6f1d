using CampaignHub.Data.Seed;

namespace CampaignHub.Features.Linkage;

public static class LinkageFeature
{
    /// <summary>双联动: the upper-department and grassroots registers, the upper departments' opinions, their demo data.</summary>
    public static IServiceCollection AddLinkageFeature(this IServiceCollection services)
    {
        services.AddScoped<LinkageService>();
        services.AddScoped<UpperOpinionService>();
        services.AddTransient<IDemoSeedContributor, LinkageDemoData>();
        return services;
    }
}

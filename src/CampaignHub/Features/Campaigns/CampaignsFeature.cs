namespace CampaignHub.Features.Campaigns;

public static class CampaignsFeature
{
    public static IServiceCollection AddCampaignsFeature(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CampaignService>();
        services.AddSingleton<CampaignOverviewCache>();
        services.AddScoped<CampaignSetupService>();
        services.AddScoped<CampaignSelection>();
        services.AddScoped<FirstRunService>();
        return services;
    }
}

namespace CampaignHub.Features.Dashboard;

public static class DashboardFeature
{
    /// <summary>工作台: each signed-in person's own dashboard.</summary>
    public static IServiceCollection AddDashboardFeature(this IServiceCollection services) =>
        services.AddScoped<DashboardService>();
}

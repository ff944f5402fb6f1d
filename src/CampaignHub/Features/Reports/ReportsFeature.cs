namespace CampaignHub.Features.Reports;

public static class ReportsFeature
{
    /// <summary>The leading group's progress report and each unit's report.</summary>
    public static IServiceCollection AddReportsFeature(this IServiceCollection services) =>
        services.AddScoped<ReportService>();
}

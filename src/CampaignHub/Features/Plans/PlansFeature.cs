using CampaignHub.Data.Seed;
using CampaignHub.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace CampaignHub.Features.Plans;

public static class PlansFeature
{
    /// <summary>Registers the plans and work-items services, their policy and their demo data.</summary>
    public static IServiceCollection AddPlansFeature(this IServiceCollection services)
    {
        services.AddScoped<PlanService>();
        services.AddScoped<PlanOverviewService>();
        services.AddScoped<WorkItemService>();
        services.AddScoped<WorkItemExcelService>();
        services.AddTransient<IDemoSeedContributor, PlanDemoContributor>();
        services.Configure<AuthorizationOptions>(options =>
            options.AddPolicy(PlanEndpoints.AllUnitsExportPolicy, p => p.RequireRole(Roles.Leader, Roles.Office, Roles.Supervisor, Roles.Admin)));
        return services;
    }
}

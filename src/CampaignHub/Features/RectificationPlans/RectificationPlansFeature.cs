using CampaignHub.Data.Seed;
using CampaignHub.Features.EducationPeriods;
using CampaignHub.Features.RuleRegister;

namespace CampaignHub.Features.RectificationPlans;

public static class RectificationPlansFeature
{
    /// <summary>
    /// 整改落实、建章立制 and the concentrated education period: the units' plans and measures, the rules register and
    /// the periods, with their demo data.
    /// </summary>
    public static IServiceCollection AddStageThreeFeatures(this IServiceCollection services)
    {
        services.AddScoped<RectificationPlanService>();
        services.AddScoped<RuleRegisterService>();
        services.AddScoped<EducationPeriodService>();
        services.AddTransient<IDemoSeedContributor, StageThreeDemoData>();
        return services;
    }

    public static RouteGroupBuilder MapStageThreeEndpoints(this RouteGroupBuilder api)
    {
        api.MapRectificationPlanEndpoints();
        api.MapRuleRegisterEndpoints();
        api.MapEducationPeriodEndpoints();
        return api;
    }
}

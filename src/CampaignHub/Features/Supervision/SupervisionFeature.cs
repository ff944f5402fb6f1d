using CampaignHub.Data.Seed;

namespace CampaignHub.Features.Supervision;

public static class SupervisionFeature
{
    /// <summary>Typed supervision actions (督导活动) and their findings, with their demo data.</summary>
    public static IServiceCollection AddSupervisionActionsFeature(this IServiceCollection services)
    {
        services.AddScoped<SupervisionActionService>();
        services.AddTransient<IDemoSeedContributor, SupervisionActionDemoData>();
        return services;
    }
}

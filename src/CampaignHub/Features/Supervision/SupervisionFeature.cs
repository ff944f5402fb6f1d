using CampaignHub.Data.Seed;

namespace CampaignHub.Features.Supervision;

public static class SupervisionFeature
{
    /// <summary>Typed supervision actions (督导活动) and their findings, with their demo data, and the public 监督信箱.</summary>
    public static IServiceCollection AddSupervisionActionsFeature(this IServiceCollection services)
    {
        services.AddScoped<SupervisionActionService>();
        services.AddScoped<SupervisionMailboxService>();
        services.AddTransient<IDemoSeedContributor, SupervisionActionDemoData>();
        return services;
    }
}

namespace CampaignHub.Features.RuleRegister;

public static class RuleRegisterFeature
{
    /// <summary>建章立制: the units' rules register. Its demo rows come with the stage-three demo data.</summary>
    public static IServiceCollection AddRuleRegisterFeature(this IServiceCollection services) =>
        services.AddScoped<RuleRegisterService>();
}

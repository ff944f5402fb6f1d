using CampaignHub.Data.Seed;

namespace CampaignHub.Features.Evaluation;

public static class EvaluationFeature
{
    /// <summary>The campaign-end 民主评议, 返工补课 and the principal leaders' records: the service and the demo data.</summary>
    public static IServiceCollection AddEvaluationFeature(this IServiceCollection services)
    {
        services.AddScoped<EvaluationService>();
        services.AddTransient<IDemoSeedContributor, EvaluationDemoData>();
        return services;
    }
}

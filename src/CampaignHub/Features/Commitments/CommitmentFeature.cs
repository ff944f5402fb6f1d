namespace CampaignHub.Features.Commitments;

public static class CommitmentFeature
{
    /// <summary>The commitment ledger, 三查三看 and the three-level assessment.</summary>
    public static IServiceCollection AddCommitmentFeature(this IServiceCollection services)
    {
        services.AddScoped<CommitmentService>();
        services.AddScoped<CommitmentAssessmentService>();
        return services;
    }
}

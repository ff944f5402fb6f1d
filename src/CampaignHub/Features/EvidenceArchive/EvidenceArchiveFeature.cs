using CampaignHub.Data.Seed;

namespace CampaignHub.Features.EvidenceArchive;

public static class EvidenceArchiveFeature
{
    /// <summary>实物资料档案: each unit's records with their material, what lacks it, the list's export and the unit's .zip.</summary>
    public static IServiceCollection AddEvidenceArchiveFeature(this IServiceCollection services)
    {
        services.AddScoped<EvidenceArchiveService>();
        services.AddScoped<ArchiveZipWriter>();
        services.AddTransient<IDemoSeedContributor, EvidenceArchiveDemoData>();
        return services;
    }
}

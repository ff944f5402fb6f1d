using CampaignHub.Data.Seed;
using CampaignHub.Features.Opinions;
using CampaignHub.Features.Public;

namespace CampaignHub.Features.Rectification;

/// <summary>Opinions → rectification → public commitments, the three checks, and the public pages.</summary>
public static class RectificationFeature
{
    public static IServiceCollection AddRectificationFeature(this IServiceCollection services)
    {
        services.AddScoped<OpinionService>();
        services.AddScoped<RectificationService>();
        services.AddScoped<PublicDisclosureService>();
        services.AddSingleton<RaterKeys>();
        services.AddHttpContextAccessor();
        services.AddHostedService<ThemeReferenceDataHostedService>();
        services.AddTransient<IDemoSeedContributor, RectificationDemoSeedContributor>();
        services.AddPublicFormRateLimit();
        services.AddSingleton<Wall.IWallSource, RectificationWallSource>();
        services.AddSingleton<Wall.IWallSource, CommitmentWallSource>();
        return services;
    }
}

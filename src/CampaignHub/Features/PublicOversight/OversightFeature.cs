using CampaignHub.Data.Seed;

namespace CampaignHub.Features.PublicOversight;

public static class OversightFeature
{
    /// <summary>Public oversight: the volunteer supervisors, their desk and sign-in gate, the channel schedules, their demo data.</summary>
    public static IServiceCollection AddOversightFeature(this IServiceCollection services)
    {
        services.AddScoped<VolunteerRegisterService>();
        services.AddScoped<VolunteerDeskService>();
        services.AddScoped<VolunteerSignInGate>();
        services.AddScoped<ChannelScheduleService>();
        services.AddTransient<IDemoSeedContributor, OversightDemoData>();
        return services;
    }
}

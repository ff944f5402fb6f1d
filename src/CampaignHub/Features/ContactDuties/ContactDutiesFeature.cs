using CampaignHub.Data.Seed;

namespace CampaignHub.Features.ContactDuties;

public static class ContactDutiesFeature
{
    /// <summary>
    /// The contact-duties services and demo data. The quota rules themselves are reference data
    /// inserted by the AddContactDuties migration, so they exist in demo mode and outside it alike.
    /// </summary>
    public static IServiceCollection AddContactDutiesFeature(this IServiceCollection services)
    {
        services.AddScoped<ComplianceService>();
        services.AddScoped<ContactActivityService>();
        services.AddScoped<ReceptionService>();
        services.AddScoped<ResearchService>();
        services.AddScoped<RuralService>();
        services.AddScoped<SecondmentService>();
        services.AddScoped<QuotaRuleService>();
        services.AddTransient<IDemoSeedContributor, ContactDutyDemoData>();
        return services;
    }
}

using CampaignHub.Features.Organisation;
using CampaignHub.Features.People;

namespace CampaignHub.Features.Accounts;

public static class SetUpFeature
{
    /// <summary>Registers the organisation, people, accounts and supervision-group services.</summary>
    public static IServiceCollection AddSetUpFeature(this IServiceCollection services)
    {
        services.AddScoped<OrganisationService>();
        services.AddScoped<PeopleService>();
        services.AddScoped<AccountService>();
        services.AddScoped<SupervisionGroupService>();
        services.AddSingleton<PasswordHandover>();
        return services;
    }

    /// <summary>Sends accounts with a one-time password to change it before anything else (after authentication).</summary>
    public static IApplicationBuilder UseMustChangePassword(this IApplicationBuilder app) => app.UseMiddleware<MustChangePasswordMiddleware>();
}

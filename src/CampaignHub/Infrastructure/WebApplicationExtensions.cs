using CampaignHub.Components;
using CampaignHub.Identity;
using CampaignHub.Infrastructure.Api;
using CampaignHub.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using CampaignHub.Features.Accounts;

namespace CampaignHub.Infrastructure;

public static class WebApplicationExtensions
{
    public static WebApplication UseCampaignHub(this WebApplication app)
    {
        // Only configured proxies may say who the client is and whether it came over https.
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CampaignHubOptions>>().Value.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseErrorResponses();
        app.MapCampaignHubMetrics(); // before everything else that could answer /metrics
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts(); // sent on https requests only
        }

        // The UI speaks Simplified Chinese: numbers, percentages and dates format as zh-CN.
        app.UseRequestLocalization(new RequestLocalizationOptions().SetDefaultCulture("zh-CN").AddSupportedCultures("zh-CN").AddSupportedUICultures("zh-CN"));
        app.UseStaticFiles();
        var assets = Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");
        if (Directory.Exists(assets))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = "/assets" });
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMustChangePassword();
        app.UseRateLimiter();
        app.UseRequestBodyLimits(); // before antiforgery, which reads the form
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapAccountEndpoints();
        app.MapCampaignHubApi();
        app.MapCampaignHubApiContract();
        Features.Campaigns.CampaignSelectionEndpoints.MapCampaignSelection(app);
        Features.Public.TextSize.MapTextSize(app);
        app.MapHub<CampaignHub.Live.CampaignChangesHub>(CampaignHub.Live.CampaignChangesHub.Path);

        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}

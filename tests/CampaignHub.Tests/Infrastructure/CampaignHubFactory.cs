using CampaignHub.Domain.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Infrastructure;

/// <summary>
/// The real app on a temporary SQLite file, seeded with the demo campaign, with the clock fixed
/// inside the demo period (2014-04-10 10:00 China time).
/// </summary>
public sealed class CampaignHubFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset DemoNow = new(2014, 4, 10, 10, 0, 0, ChinaTime.Offset);

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "campaignhub-tests", Guid.NewGuid().ToString("N"));

    public FixedClock Clock { get; } = new(DemoNow);

    public string DataFolder => _dataFolder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("CampaignHub:DataFolder", _dataFolder);
        builder.UseSetting("CampaignHub:DemoMode", "true");
        builder.UseSetting("CampaignHub:DemoToday", "2014-04-10");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(Clock);
        });
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302s.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open on shutdown: the temp folder is cleaned by the OS
        }
    }
}

internal static class ServiceCollectionTestExtensions
{
    public static void RemoveAll<T>(this IServiceCollection services)
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(T)).ToList())
        {
            services.Remove(descriptor);
        }
    }
}

using CampaignHub.Domain.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Infrastructure;

/// <summary>
/// The real app on a temporary SQLite file (or its own PostgreSQL database, see <see cref="TestDatabase"/>), seeded
/// with the demo campaign, with the clock fixed inside the demo period (2014-04-10 10:00 China time).
/// </summary>
public sealed class CampaignHubFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset DemoNow = new(2014, 4, 10, 10, 0, 0, ChinaTime.Offset);

    private readonly string _dataFolder;
    private readonly bool _ownsDataFolder;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public CampaignHubFactory()
        : this(sharedDataFolder: null, new Dictionary<string, string>())
    {
    }

    /// <summary>
    /// An app with extra <paramref name="settings"/>; with <paramref name="sharedDataFolder"/>, a further node on the
    /// data (and database) of another factory, which keeps ownership of them and removes them.
    /// </summary>
    internal CampaignHubFactory(string? sharedDataFolder, IReadOnlyDictionary<string, string> settings)
    {
        _ownsDataFolder = sharedDataFolder is null;
        _dataFolder = sharedDataFolder ?? Path.Combine(Path.GetTempPath(), "campaignhub-tests", Guid.NewGuid().ToString("N"));
        _settings = settings;
    }

    public FixedClock Clock { get; } = new(DemoNow);

    public string DataFolder => _dataFolder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        TestDatabase.UseDataFolder(builder, _dataFolder);
        builder.UseSetting("CampaignHub:DemoMode", "true");
        builder.UseSetting("CampaignHub:DemoToday", "2014-04-10");
        // Every test client comes from one address, and the tests sign in hundreds of times.
        builder.UseSetting("CampaignHub:Login:PermitLimit", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(Clock);
            services.AddSingleton<IStartupFilter, TestClientAddress>();
        });
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302s.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_ownsDataFolder)
        {
            TestDatabase.Delete(_dataFolder);
        }
    }
}

/// <summary>
/// The test server has no network peer: each request gets the address in its <see cref="Header"/> header
/// (127.0.0.1 without one), so tests can stand for several clients behind different addresses.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public static HttpClient As(HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Remove(Header);
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(context.Request.Headers[Header].FirstOrDefault() ?? "127.0.0.1");
            return nextMiddleware(context);
        });
        next(app);
    };
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

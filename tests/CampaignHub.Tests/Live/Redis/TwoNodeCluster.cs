using CampaignHub.Live;
using CampaignHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Live.Redis;

/// <summary>
/// Two app nodes on the same data, joined through the test Redis server on a channel prefix of their own
/// (<see cref="TestRedis"/>). Node A creates the data; node B starts on it afterwards, as a second server would.
/// </summary>
public sealed class TwoNodeCluster : IDisposable
{
    public TwoNodeCluster()
    {
        var settings = TestRedis.Settings(TestRedis.NewChannelPrefix());
        A = new CampaignHubFactory(sharedDataFolder: null, settings);
        _ = A.Services; // starts node A: migrations, demo data, and its relay subscribed before B exists
        B = new CampaignHubFactory(A.DataFolder, settings);
        _ = B.Services;
    }

    public CampaignHubFactory A { get; }

    public CampaignHubFactory B { get; }

    public static IChangeFeed FeedOf(CampaignHubFactory node) => node.Services.GetRequiredService<IChangeFeed>();

    public static T Service<T>(CampaignHubFactory node)
        where T : notnull => node.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public void Dispose()
    {
        B.Dispose();
        A.Dispose(); // A owns the data folder and database
    }
}

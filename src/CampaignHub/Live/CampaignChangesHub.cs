using CampaignHub.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CampaignHub.Live;

/// <summary>
/// Streams the change feed to authenticated external clients (displays, scripts) at /hubs/campaign.
/// Clients receive "changes" with each coalesced batch of <see cref="ChangeEvent"/>s.
/// </summary>
[Authorize(Policy = Policies.Wall)]
public sealed class CampaignChangesHub : Hub
{
    public const string Path = "/hubs/campaign";
}

/// <summary>Forwards the feed to the hub's clients; one subscription for all of them.</summary>
public sealed class HubBroadcaster(IChangeFeed feed, IHubContext<CampaignChangesHub> hub) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = feed.Subscribe(batch => hub.Clients.All.SendAsync("changes", batch, CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}

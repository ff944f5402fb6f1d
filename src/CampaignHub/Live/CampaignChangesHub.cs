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

/// <summary>
/// Forwards the feed to the hub's clients; one subscription for all of them. Only changes committed on this node:
/// with several nodes (CampaignHub:Redis) the Redis backplane already takes each send to the clients of every node,
/// so a change relayed from another node was sent there, and sending it here too would reach each client twice.
/// </summary>
public sealed class HubBroadcaster(IChangeFeed feed, IHubContext<CampaignChangesHub> hub) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The batch is filtered again: the feed gives every subscriber the stand-ins of missed changes whatever its filter.
        _subscription = feed.Subscribe(
            batch => batch.Where(change => !feed.IsFromOtherNode(change)).ToList() is { Count: > 0 } local
                ? hub.Clients.All.SendAsync("changes", local, CancellationToken.None)
                : Task.CompletedTask,
            filter: change => !feed.IsFromOtherNode(change));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}

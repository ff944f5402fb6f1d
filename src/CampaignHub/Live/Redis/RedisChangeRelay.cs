using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignHub.Infrastructure;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CampaignHub.Live.Redis;

/// <summary>
/// Joins the change feeds of several app nodes through one Redis pub/sub channel ({prefix}:changes). Every change
/// committed on this node is sent once, tagged with this node's id; every change another node sent is put into
/// this node's feed as remote (<see cref="IChangeFeed.PublishFromOtherNode"/>), so its caches, pages and
/// subscribers see it exactly as a local one, and it is never sent back out. Registered only when
/// <see cref="CampaignHubOptions.Redis"/> is set. Redis being down never fails a save: sending is fire-and-forget,
/// and StackExchange.Redis reconnects (and resubscribes) on its own.
/// </summary>
public sealed class RedisChangeRelay(IChangeFeed feed, IOptions<CampaignHubOptions> options, ILogger<RedisChangeRelay> logger) : IHostedService, IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly RedisChannel _channel = RedisChannel.Literal(ChannelName(options.Value.RedisChannelPrefix));
    private ConnectionMultiplexer? _redis;
    private IDisposable? _observation;

    /// <summary>This process; a message carrying it is this node's own, echoed back by Redis.</summary>
    public Guid NodeId { get; } = Guid.NewGuid();

    public static string ChannelName(string prefix) => prefix + ":changes";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configuration = ConfigurationOptions.Parse(options.Value.Redis!);
        // Start (and keep trying) even when Redis is down: the node then works alone until Redis is back.
        configuration.AbortOnConnectFail = false;
        configuration.ClientName ??= "campaignhub-feed-" + NodeId.ToString("N")[..8];
        _redis = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        _redis.ConnectionFailed += (_, e) => logger.LogWarning(e.Exception, "Redis connection lost ({FailureType}); changes of other nodes stop arriving until it is back", e.FailureType);
        _redis.ConnectionRestored += (_, _) => logger.LogInformation("Redis connection restored; the change feed is joined again");
        var connected = _redis.IsConnected;
        if (!connected)
        {
            logger.LogWarning("Redis at {Redis} is not reachable; this node starts alone and keeps trying", options.Value.Redis);
        }

        try
        {
            // A queue, not a callback: messages are handled one at a time, in the order they were sent. Connected, the
            // node waits for the subscription, so it misses nothing sent once it serves; not connected, it does not
            // wait (the multiplexer remembers the subscription and makes it when the connection comes back).
            var queue = await _redis.GetSubscriber().SubscribeAsync(_channel, connected ? CommandFlags.None : CommandFlags.FireAndForget).ConfigureAwait(false);
            queue.OnMessage(message => Receive(message.Message));
        }
        catch (RedisException ex)
        {
            logger.LogWarning(ex, "Could not subscribe to {Channel} yet; the multiplexer retries when the connection is back", _channel);
        }

        _observation = feed.Observe(Send);
    }

    private void Send(ChangeEvent change)
    {
        if (feed.IsFromOtherNode(change) || _redis is null)
        {
            return;
        }

        try
        {
            var message = JsonSerializer.Serialize(new RelayedChange(NodeId, change), Json);
            _redis.GetSubscriber().Publish(_channel, message, CommandFlags.FireAndForget);
        }
        catch (Exception ex)
        {
            // The change is committed and already in this node's feed; only the other nodes miss it.
            logger.LogWarning(ex, "Could not relay {Kind} {EntityId} to the other nodes", change.Kind, change.EntityId);
        }
    }

    private void Receive(RedisValue message)
    {
        RelayedChange? relayed;
        try
        {
            relayed = JsonSerializer.Deserialize<RelayedChange>(message.ToString(), Json);
        }
        catch (JsonException ex)
        {
            logger.LogError(ex, "Ignored a message on {Channel} that is not a change", _channel);
            return;
        }

        if (relayed is null || relayed.Origin == NodeId)
        {
            return;
        }

        feed.PublishFromOtherNode(relayed.Change);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _observation?.Dispose();
        _observation = null;
        if (_redis is not null)
        {
            await _redis.GetSubscriber().UnsubscribeAsync(_channel, null, CommandFlags.FireAndForget).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _observation?.Dispose();
        if (_redis is not null)
        {
            await _redis.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>What goes over the channel: the change and the node it was committed on.</summary>
    public sealed record RelayedChange(Guid Origin, ChangeEvent Change);
}

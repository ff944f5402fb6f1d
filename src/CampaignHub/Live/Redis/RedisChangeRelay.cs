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
/// and StackExchange.Redis reconnects (and resubscribes) on its own. What was sent during a cut is lost, so a node
/// that gets back re-reads everything and tells the others to (<see cref="IChangeFeed.PublishMissedChanges"/>).
/// </summary>
public sealed class RedisChangeRelay(IChangeFeed feed, IOptions<CampaignHubOptions> options, ILogger<RedisChangeRelay> logger) : IHostedService, IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly RedisChannel _channel = RedisChannel.Literal(ChannelName(options.Value.RedisChannelPrefix));
    private ConnectionMultiplexer? _redis;
    private IDisposable? _observation;
    private readonly CancellationTokenSource _stopping = new();
    private int _cuts; // how many times the connection was lost; a rejoin covers the cuts counted before it
    private int _rejoining; // 1 while a rejoin waits for Redis

    /// <summary>How often a node cut off from Redis checks whether it is back.</summary>
    private static readonly TimeSpan RejoinCheckInterval = TimeSpan.FromMilliseconds(250);

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
        _redis.ConnectionFailed += (_, e) =>
        {
            logger.LogWarning(e.Exception, "Redis connection lost ({FailureType}); changes of other nodes stop arriving until it is back", e.FailureType);
            CutOff();
        };
        _redis.ConnectionRestored += (_, e) => logger.LogInformation("Redis connection restored ({ConnectionType})", e.ConnectionType);
        var connected = _redis.IsConnected;
        if (!connected)
        {
            logger.LogWarning("Redis at {Redis} is not reachable; this node starts alone and keeps trying", options.Value.Redis);
            CutOff();
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

    /// <summary>Redis is unreachable: changes go missing both ways until this node is back and has rejoined.</summary>
    private void CutOff()
    {
        Interlocked.Increment(ref _cuts);
        if (Interlocked.CompareExchange(ref _rejoining, 1, 0) == 0)
        {
            _ = RejoinAsync();
        }
    }

    /// <summary>
    /// Waits until this node is back on Redis, then, as neither it nor the others know which changes went missing
    /// either way, re-reads everything and asks the others to do the same. Runs once per cut, whatever order the
    /// client reports its connections lost and restored in; a cut during the rejoin makes it go round again.
    /// </summary>
    private async Task RejoinAsync()
    {
        var handled = 0;
        try
        {
            while (!_stopping.IsCancellationRequested && _redis is not null)
            {
                var cuts = Volatile.Read(ref _cuts);
                await Task.Delay(RejoinCheckInterval, _stopping.Token).ConfigureAwait(false);
                var subscriber = _redis.GetSubscriber();
                if (!subscriber.IsConnected(_channel))
                {
                    continue;
                }

                try
                {
                    // The client resubscribes on the restored connection before this ping's answer comes back on it,
                    // so nothing sent from here on is missed.
                    await subscriber.PingAsync().ConfigureAwait(false);
                    feed.PublishMissedChanges();
                    await subscriber.PublishAsync(_channel, JsonSerializer.Serialize(new RelayedChange(NodeId, null, Rejoined: true), Json)).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is RedisException or TimeoutException)
                {
                    logger.LogDebug(ex, "Not back on Redis yet");
                    continue;
                }

                logger.LogInformation("Rejoined the change feed after a cut; this node and the others re-read their data");
                handled = cuts;
                if (Volatile.Read(ref _cuts) == cuts)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
        finally
        {
            Volatile.Write(ref _rejoining, 0);
        }

        if (Volatile.Read(ref _cuts) != handled)
        {
            CutOff(); // cut again between the last check and the end of the loop
        }
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

        if (relayed.Rejoined)
        {
            logger.LogInformation("Node {Node} rejoined the change feed after a cut; re-reading what it may have changed meanwhile", relayed.Origin);
            feed.PublishMissedChanges();
        }
        else if (relayed.Change is { } change)
        {
            feed.PublishFromOtherNode(change);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _observation?.Dispose();
        _observation = null;
        if (_redis is not null)
        {
            await _redis.GetSubscriber().UnsubscribeAsync(_channel, null, CommandFlags.FireAndForget).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false); // not disposed: a rejoin still waiting may read its token
        _observation?.Dispose();
        if (_redis is not null)
        {
            await _redis.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// What goes over the channel: a change and the node it was committed on, or (<paramref name="Rejoined"/>) word
    /// that the node is back after a cut, so its changes of the meantime may never have arrived.
    /// </summary>
    public sealed record RelayedChange(Guid Origin, ChangeEvent? Change, bool Rejoined = false);
}

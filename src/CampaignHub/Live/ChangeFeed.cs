using System.Runtime.CompilerServices;
using System.Collections.Concurrent;

namespace CampaignHub.Live;

public interface IChangeFeed
{
    /// <summary>Publishes a change committed on this node to every observer and matching subscriber.</summary>
    void Publish(ChangeEvent change);

    /// <summary>
    /// Publishes a change committed on another node (relayed through Redis) exactly as <see cref="Publish"/> does,
    /// but marked as remote, so that it is not relayed again nor sent to hub clients a second time.
    /// </summary>
    void PublishFromOtherNode(ChangeEvent change);

    /// <summary>Whether <paramref name="change"/> came in through <see cref="PublishFromOtherNode"/> or <see cref="PublishMissedChanges"/>.</summary>
    bool IsFromOtherNode(ChangeEvent change);

    /// <summary>
    /// Other nodes' changes may have been missed (this node or another was cut off from Redis): publishes one change
    /// of every kind in no particular campaign, unit or entity, so every cache drops what it holds, and every
    /// subscriber, whatever its filter, re-queries once. Not relayed, not sent to hub clients, not on the wall's ticker.
    /// </summary>
    void PublishMissedChanges();

    /// <summary>
    /// Subscribes to changes. Bursts are coalesced: the first change after a quiet spell is delivered after a
    /// few milliseconds (with the rest of its save's events); while changes keep coming, the handler is called at
    /// most once per window with every event since its last call. Dispose the result to unsubscribe.
    /// </summary>
    IDisposable Subscribe(Func<IReadOnlyList<ChangeEvent>, Task> onChanges, Func<ChangeEvent, bool>? filter = null);

    /// <summary>
    /// Registers a synchronous observer, called inside <see cref="Publish"/> before any subscriber is
    /// notified. For cheap invalidation only (caches mark themselves stale), so that a subscriber who
    /// re-queries after a change always sees it.
    /// </summary>
    IDisposable Observe(Action<ChangeEvent> observer);

    /// <summary>How many subscriptions are open (diagnostics and leak tests).</summary>
    int SubscriberCount { get; }

    /// <summary>The most recent events, newest first (the wall's activity ticker).</summary>
    IReadOnlyList<ChangeEvent> Recent(int count);
}

/// <summary>
/// The one in-process change feed (a singleton). The store publishes the aggregates' domain events after the
/// commit (<see cref="CampaignHub.Data.Interceptors.DomainEventPublisher"/>); components and the
/// SignalR hub subscribe. No polling: delivery is pushed, coalesced per subscriber.
/// </summary>
public sealed class ChangeFeed(ILogger<ChangeFeed> logger, TimeSpan? coalesceWindow = null, Infrastructure.Telemetry.CampaignHubMetrics? metrics = null) : IChangeFeed
{
    // When each change was published, on the monotonic clock (a change's own At follows the app's clock, which the
    // demo shifts to 2014): pages measure commit-to-render latency from it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ChangeEvent, StrongBox<long>> PublishedAt = new();

    /// <summary>The earliest publish moment of a batch (a <see cref="System.Diagnostics.Stopwatch"/> timestamp), or null when unknown.</summary>
    public static long? PublishedTimestampOf(IEnumerable<ChangeEvent> batch)
    {
        long? earliest = null;
        foreach (var change in batch)
        {
            if (PublishedAt.TryGetValue(change, out var stamp) && (earliest is null || stamp.Value < earliest))
            {
                earliest = stamp.Value;
            }
        }

        return earliest;
    }

    /// <summary>At most one delivery per subscriber per window while changes keep coming.</summary>
    public static readonly TimeSpan DefaultCoalesceWindow = TimeSpan.FromMilliseconds(120);

    /// <summary>How long the first change after a quiet spell waits for the rest of its save's events.</summary>
    public static readonly TimeSpan SettleDelay = TimeSpan.FromMilliseconds(15);
    private const int RecentCapacity = 200;

    private readonly ConcurrentDictionary<Subscription, byte> _subscriptions = new();
    private readonly LinkedList<ChangeEvent> _recent = new();
    private readonly ConcurrentDictionary<Observer, byte> _observers = new();
    private readonly TimeSpan _window = coalesceWindow ?? DefaultCoalesceWindow;
    private readonly TimeSpan _settle = SettleDelay < (coalesceWindow ?? DefaultCoalesceWindow) ? SettleDelay : coalesceWindow ?? DefaultCoalesceWindow;

    private readonly Infrastructure.Telemetry.CampaignHubMetrics? _metrics = metrics;

    // Keyed by the instance the relay deserialized: a remote change is never the same object as a local one.
    private readonly ConditionalWeakTable<ChangeEvent, object> _fromOtherNodes = new();

    public int SubscriberCount => _subscriptions.Count;

    public void PublishFromOtherNode(ChangeEvent change)
    {
        _fromOtherNodes.AddOrUpdate(change, change);
        Publish(change);
    }

    public bool IsFromOtherNode(ChangeEvent change) => _fromOtherNodes.TryGetValue(change, out _) || _missed.TryGetValue(change, out _);

    // The changes PublishMissedChanges makes: they stand for anything, so every subscriber takes them.
    private readonly ConditionalWeakTable<ChangeEvent, object> _missed = new();

    public void PublishMissedChanges()
    {
        var at = DateTimeOffset.UtcNow;
        var changes = Enum.GetValues<ChangeKind>()
            .Select(kind => new ChangeEvent(kind, null, null, null, "其他节点的更改可能未送达，数据已重新读取", "系统", at))
            .ToList();
        foreach (var change in changes)
        {
            _missed.AddOrUpdate(change, change);
            NotifyObservers(change);
        }

        foreach (var change in changes)
        {
            foreach (var subscription in _subscriptions.Keys)
            {
                subscription.Offer(change);
            }
        }
    }

    public void Publish(ChangeEvent change)
    {
        PublishedAt.AddOrUpdate(change, new StrongBox<long>(System.Diagnostics.Stopwatch.GetTimestamp()));
        lock (_recent)
        {
            _recent.AddFirst(change);
            if (_recent.Count > RecentCapacity)
            {
                _recent.RemoveLast();
            }
        }

        // Publish runs after the save has committed: nothing an observer or a subscriber's filter does may
        // escape into the saving code or keep the change from the remaining subscribers.
        NotifyObservers(change);
        foreach (var subscription in _subscriptions.Keys)
        {
            subscription.Offer(change);
        }
    }

    private void NotifyObservers(ChangeEvent change)
    {
        foreach (var observer in _observers.Keys)
        {
            try
            {
                observer.Notify(change);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "A change-feed observer failed on {Kind} {EntityId}", change.Kind, change.EntityId);
            }
        }
    }

    public IDisposable Observe(Action<ChangeEvent> observer)
    {
        var registration = new Observer(this, observer);
        _observers.TryAdd(registration, 0);
        return registration;
    }

    private sealed class Observer(ChangeFeed feed, Action<ChangeEvent> callback) : IDisposable
    {
        public void Notify(ChangeEvent change) => callback(change);

        public void Dispose() => feed._observers.TryRemove(this, out _);
    }

    public IDisposable Subscribe(Func<IReadOnlyList<ChangeEvent>, Task> onChanges, Func<ChangeEvent, bool>? filter = null)
    {
        var subscription = new Subscription(this, onChanges, filter);
        _subscriptions.TryAdd(subscription, 0);
        return subscription;
    }

    public IReadOnlyList<ChangeEvent> Recent(int count)
    {
        lock (_recent)
        {
            return _recent.Take(count).ToList();
        }
    }

    /// <summary>
    /// One subscriber's queue. It delivers one batch at a time: changes that arrive while its handler runs wait
    /// for the next batch, which is armed when the handler returns. So a slow handler is never run twice at once.
    /// </summary>
    private sealed class Subscription(ChangeFeed feed, Func<IReadOnlyList<ChangeEvent>, Task> handler, Func<ChangeEvent, bool>? filter) : IDisposable
    {
        private readonly Lock _gate = new();
        private List<ChangeEvent> _pending = [];
        private bool _armed; // a delivery is scheduled or running
        private bool _disposed;
        private long _lastFlush = long.MinValue / 2; // "never": far enough back that the first change goes out at once

        public void Offer(ChangeEvent change)
        {
            if (!Matches(change))
            {
                return;
            }

            TimeSpan delay;
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                _pending.Add(change);
                if (_armed)
                {
                    return;
                }

                _armed = true;
                delay = NextDelay();
            }

            _ = DeliverAsync(delay);
        }

        private bool Matches(ChangeEvent change)
        {
            try
            {
                return filter is null || feed._missed.TryGetValue(change, out _) || filter(change);
            }
            catch (Exception ex)
            {
                feed.LogFilterFailure(ex, change);
                return false;
            }
        }

        // A change after a quiet spell goes out almost at once (the settle delay gathers the events of one save);
        // within a burst, deliveries are spaced a window apart and each carries everything since. Caller holds _gate.
        private TimeSpan NextDelay()
        {
            var sinceLastMs = Environment.TickCount64 - _lastFlush;
            var windowMs = (long)feed._window.TotalMilliseconds;
            var delay = sinceLastMs >= windowMs ? feed._settle : TimeSpan.FromMilliseconds(windowMs - sinceLastMs);
            return delay < feed._settle ? feed._settle : delay;
        }

        private async Task DeliverAsync(TimeSpan delay)
        {
            while (true)
            {
                await Task.Delay(delay).ConfigureAwait(false);
                List<ChangeEvent> batch;
                lock (_gate)
                {
                    if (_disposed)
                    {
                        _armed = false;
                        return;
                    }

                    batch = _pending;
                    _pending = [];
                    _lastFlush = Environment.TickCount64;
                }

                var failed = false;
                try
                {
                    await handler(batch).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    // A failing subscriber (e.g. a circuit torn down mid-render) must not affect the others.
                    failed = true;
                    feed.LogSubscriberFailure(ex);
                }

                feed._metrics?.FeedDelivered(failed);

                lock (_gate)
                {
                    if (_disposed || _pending.Count == 0)
                    {
                        _armed = false;
                        return;
                    }

                    delay = NextDelay();
                }
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
                _pending = [];
            }

            feed._subscriptions.TryRemove(this, out _);
        }
    }

    private void LogSubscriberFailure(Exception ex) => logger.LogWarning(ex, "A change-feed subscriber failed");

    private void LogFilterFailure(Exception ex, ChangeEvent change) =>
        logger.LogError(ex, "A change-feed filter failed on {Kind} {EntityId}; that subscriber skips the change", change.Kind, change.EntityId);
}

using System.Data.Common;
using System.Runtime.CompilerServices;
using CampaignHub.Domain.Common;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampaignHub.Data.Interceptors;

/// <summary>
/// Publishes the domain events of saved aggregates to the change feed once they are committed. Before a save it
/// takes the events from every tracked aggregate (and the display names their summaries need); after the save it
/// publishes them at once, or, when the save ran inside a transaction, when that transaction commits. A failed
/// save, a rollback or a failed commit publishes nothing. Nothing the feed does can fail the save.
/// </summary>
public sealed class DomainEventPublisher(IChangeFeed feed, IClock clock, ILogger<DomainEventPublisher> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private sealed record SavedBatch(IReadOnlyList<IDomainEvent> Events, string Actor, FeedNames Names);

    private sealed class Outbox
    {
        /// <summary>Taken from the aggregates by the save under way.</summary>
        public List<SavedBatch> AwaitingSave { get; } = [];

        /// <summary>Saved inside a transaction that has not committed yet.</summary>
        public List<SavedBatch> AwaitingCommit { get; } = [];
    }

    private readonly ConditionalWeakTable<DbContext, Outbox> _outboxes = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CampaignHubDbContext db && TakeEvents(db) is { Count: > 0 } events)
        {
            var names = FeedNames.LoadAsync(db, events.Select(ChangeFeedMapping.NamesNeeded), CancellationToken.None).AsTask().GetAwaiter().GetResult();
            OutboxOf(db).AwaitingSave.Add(new SavedBatch(events, db.FeedActor, names));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CampaignHubDbContext db && TakeEvents(db) is { Count: > 0 } events)
        {
            var names = await FeedNames.LoadAsync(db, events.Select(ChangeFeedMapping.NamesNeeded), cancellationToken).ConfigureAwait(false);
            OutboxOf(db).AwaitingSave.Add(new SavedBatch(events, db.FeedActor, names));
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context, committing: false);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context, committing: false);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Discard(eventData.Context, committing: false);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context, committing: false);
        return Task.CompletedTask;
    }

    // A transaction that starts on a context owns no earlier events: any left over belong to one that never committed.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Discard(eventData.Context, committing: true);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context, committing: true);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context, committing: true);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context, committing: true);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Discard(eventData.Context, committing: true);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context, committing: true);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Takes the events off every tracked aggregate, changed or not (a verb may record a fact without changing a
    /// column). Taken even when the save will fail: a failed save's events are dropped, never published later.
    /// </summary>
    private static List<IDomainEvent> TakeEvents(CampaignHubDbContext db)
    {
        var events = new List<IDomainEvent>();
        foreach (var entry in db.ChangeTracker.Entries<AggregateRoot>().ToList())
        {
            if (entry.Entity.DomainEvents.Count == 0)
            {
                continue;
            }

            events.AddRange(entry.Entity.DomainEvents);
            entry.Entity.ClearDomainEvents();
        }

        return db.PublishesChanges ? events : [];
    }

    private Outbox OutboxOf(DbContext db) => _outboxes.GetValue(db, _ => new Outbox());

    private void Saved(DbContext? db)
    {
        if (db is null || !_outboxes.TryGetValue(db, out var outbox) || outbox.AwaitingSave.Count == 0)
        {
            return;
        }

        var saved = outbox.AwaitingSave.ToList();
        outbox.AwaitingSave.Clear();
        if (db.Database.CurrentTransaction is null)
        {
            Publish(saved);
        }
        else
        {
            outbox.AwaitingCommit.AddRange(saved);
        }
    }

    private void Committed(DbContext? db)
    {
        if (db is null || !_outboxes.TryGetValue(db, out var outbox) || outbox.AwaitingCommit.Count == 0)
        {
            return;
        }

        var committed = outbox.AwaitingCommit.ToList();
        outbox.AwaitingCommit.Clear();
        Publish(committed);
    }

    private void Discard(DbContext? db, bool committing)
    {
        if (db is not null && _outboxes.TryGetValue(db, out var outbox))
        {
            (committing ? outbox.AwaitingCommit : outbox.AwaitingSave).Clear();
        }
    }

    private void Publish(IEnumerable<SavedBatch> batches)
    {
        var at = clock.UtcNow;
        foreach (var batch in batches)
        {
            foreach (var domainEvent in batch.Events)
            {
                try
                {
                    foreach (var change in ChangeFeedMapping.ToChanges(domainEvent, batch.Names, batch.Actor, at).ToList())
                    {
                        feed.Publish(change);
                    }
                }
                catch (Exception ex)
                {
                    // The change is committed; a mapping or feed failure must not turn a successful save into an error.
                    logger.LogError(ex, "Could not publish {Event} to the change feed", domainEvent.GetType().Name);
                }
            }
        }
    }
}

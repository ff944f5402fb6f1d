using System.Runtime.CompilerServices;
using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignHub.Data.Interceptors;

/// <summary>
/// Every save bumps the concurrency version of the aggregates it changes and writes the audit trail in the same
/// transaction. The old values are captured before the save; the rows are written after it, when created rows
/// have their ids. If the save fails, the transaction this interceptor opened is rolled back: no audit rows.
/// </summary>
public sealed class VersionAndAuditInterceptor(IClock clock) : SaveChangesInterceptor
{
    private sealed class PendingAudit(List<AuditTrail.Pending> entries, IDbContextTransaction? ownTransaction)
    {
        public List<AuditTrail.Pending> Entries { get; } = entries;

        /// <summary>The transaction this interceptor opened; null when the caller's transaction is in use.</summary>
        public IDbContextTransaction? OwnTransaction { get; } = ownTransaction;
    }

    // Interceptors are shared by every context; each save's state lives with its context.
    private readonly ConditionalWeakTable<DbContext, PendingAudit> _pending = [];

    // The audit rows are written by a second save of the same context; it must not bump or audit again.
    private readonly ConditionalWeakTable<DbContext, object> _writingAudit = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CampaignHubDbContext db && Capture(db) is { } entries)
        {
            _pending.AddOrUpdate(db, new PendingAudit(entries, db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CampaignHubDbContext db && Capture(db) is { } entries)
        {
            var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            _pending.AddOrUpdate(db, new PendingAudit(entries, transaction));
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is CampaignHubDbContext db && Take(db) is { } pending)
        {
            try
            {
                WriteAuditRows(db, pending, () => db.SaveChanges());
                pending.OwnTransaction?.Commit();
            }
            catch
            {
                pending.OwnTransaction?.Rollback();
                throw;
            }
            finally
            {
                pending.OwnTransaction?.Dispose();
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CampaignHubDbContext db && Take(db) is { } pending)
        {
            try
            {
                await WriteAuditRowsAsync(db, pending, cancellationToken);
                if (pending.OwnTransaction is not null)
                {
                    await pending.OwnTransaction.CommitAsync(cancellationToken);
                }
            }
            catch
            {
                if (pending.OwnTransaction is not null)
                {
                    await pending.OwnTransaction.RollbackAsync(CancellationToken.None);
                }

                throw;
            }
            finally
            {
                if (pending.OwnTransaction is not null)
                {
                    await pending.OwnTransaction.DisposeAsync();
                }
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        AbandonAsync(eventData.Context);

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        AbandonAsync(eventData.Context);

    /// <summary>The save failed: the transaction opened for it is rolled back, so no audit row outlives it.</summary>
    private void Abandon(DbContext? db)
    {
        if (db is not null && Take(db) is { OwnTransaction: { } transaction })
        {
            transaction.Rollback();
            transaction.Dispose();
        }
    }

    private async Task AbandonAsync(DbContext? db)
    {
        if (db is not null && Take(db) is { OwnTransaction: { } transaction })
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await transaction.DisposeAsync();
        }
    }

    /// <summary>Bumps versions and captures the audit entries; null when nothing needs auditing.</summary>
    private List<AuditTrail.Pending>? Capture(CampaignHubDbContext db)
    {
        if (_writingAudit.TryGetValue(db, out _))
        {
            return null;
        }

        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries<AggregateRoot>())
        {
            if (entry.State is EntityState.Modified or EntityState.Added)
            {
                entry.Entity.BumpVersion();
            }
        }

        var entries = AuditTrail.Capture(db.ChangeTracker);
        return entries.Count == 0 ? null : entries;
    }

    private PendingAudit? Take(DbContext db)
    {
        if (!_pending.TryGetValue(db, out var pending))
        {
            return null;
        }

        _pending.Remove(db);
        return pending;
    }

    private void WriteAuditRows(CampaignHubDbContext db, PendingAudit pending, Func<int> save)
    {
        db.AuditEntries.AddRange(AuditTrail.Complete(pending.Entries, db.Actor, clock.UtcNow));
        _writingAudit.AddOrUpdate(db, this);
        try
        {
            save();
        }
        finally
        {
            _writingAudit.Remove(db);
        }
    }

    private async Task WriteAuditRowsAsync(CampaignHubDbContext db, PendingAudit pending, CancellationToken cancellationToken)
    {
        db.AuditEntries.AddRange(AuditTrail.Complete(pending.Entries, db.Actor, clock.UtcNow));
        _writingAudit.AddOrUpdate(db, this);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _writingAudit.Remove(db);
        }
    }
}

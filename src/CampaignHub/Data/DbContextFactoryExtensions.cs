using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Data;

public static class DbContextFactoryExtensions
{
    /// <summary>A context for one operation by one actor, whose login name goes into the audit trail and whose display name into the change feed.</summary>
    public static async Task<CampaignHubDbContext> CreateForAsync(this IDbContextFactory<CampaignHubDbContext> factory, Actor actor, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Actor = actor.UserName;
        db.ActorDisplayName = actor.DisplayName;
        return db;
    }

    public static async Task<UnitTree> LoadUnitTreeAsync(this CampaignHubDbContext db, CancellationToken cancellationToken = default)
    {
        var pairs = await db.Set<Unit>().AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
        return new UnitTree(pairs.Select(p => (p.Id, p.ParentId)));
    }

    /// <summary>
    /// Saves, turning a concurrency clash into a <see cref="ConcurrencyConflictException"/> that carries
    /// the fresh state loaded by <paramref name="reloadCurrent"/>.
    /// </summary>
    public static async Task SaveOrConflictAsync(this CampaignHubDbContext db, Func<Task<object?>> reloadCurrent, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(await reloadCurrent());
        }
    }

    /// <summary>Refuses a save based on a version the editor saw that is no longer current.</summary>
    public static void EnsureVersion(this AggregateRoot aggregate, int expectedVersion, Func<object?> current)
    {
        if (aggregate.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(current());
        }
    }
}

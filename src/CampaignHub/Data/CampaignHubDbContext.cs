using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Common;
using CampaignHub.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Data;

/// <summary>
/// The store. Created per operation through <see cref="IDbContextFactory{TContext}"/>, never per circuit.
/// Every save bumps the concurrency version of changed aggregates and writes the audit trail in the
/// same transaction.
/// </summary>
public sealed class CampaignHubDbContext(DbContextOptions<CampaignHubDbContext> options, IClock clock)
    : IdentityDbContext<AppUser>(options)
{
    /// <summary>Who is saving; written into the audit trail.</summary>
    public string Actor { get; set; } = "system";

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CampaignHubDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset stored as text; store UTC ticks instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetTicksConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<AggregateRoot>())
        {
            if (entry.State is EntityState.Modified or EntityState.Added)
            {
                entry.Entity.BumpVersion();
            }
        }

        var pending = AuditTrail.Capture(ChangeTracker);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownsTransaction = Database.CurrentTransaction is null;
        await using var transaction = ownsTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        AuditEntries.AddRange(AuditTrail.Complete(pending, Actor, clock.UtcNow));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return written;
    }
}
